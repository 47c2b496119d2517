/**
 * The step's tab bar and panels, in one of the ways a page may draw them: ARIA tabs with
 * `hidden` panels (the reference), links with `aria-current` and panels held `display:none`, or
 * a list whose open item has an active-looking class.
 */
import type { Random } from './prng';

const FORMS = ['aria', 'links', 'list'] as const;

export function renderTabs(
  names: string[],
  open: string,
  panels: string[],
  rnd: Random | null,
): { html: string; form: string } {
  const form = rnd ? rnd.pick(FORMS) : 'aria';
  const closed = (name: string) => name !== open;
  if (form === 'links') {
    const bar = names
      .map(
        (n, i) =>
          `<a href="#panel${i}"${closed(n) ? '' : ' aria-current="page"'} class="tablink">${n}</a>`,
      )
      .join(' ');
    const body = panels
      .map(
        (p, i) =>
          `<div id="panel${i}" class="panel"${closed(names[i]) ? ' style="display:none"' : ''}>\n${p}\n</div>`,
      )
      .join('\n');
    return { html: `<nav class="tabbar">${bar}</nav>\n${body}`, form };
  }
  if (form === 'list') {
    const bar = names
      .map((n, i) => `<li${closed(n) ? '' : ' class="active"'}><a href="#panel${i}">${n}</a></li>`)
      .join('');
    const body = panels
      .map((p, i) => `<div id="panel${i}"${closed(names[i]) ? ' hidden' : ''}>\n${p}\n</div>`)
      .join('\n');
    return { html: `<ul class="tabs">${bar}</ul>\n${body}`, form };
  }
  const bar = names
    .map(
      (n, i) =>
        `<button type="button" role="tab" id="tab${i}" aria-controls="panel${i}" aria-selected="${!closed(n)}">${n}</button>`,
    )
    .join('\n');
  const body = panels
    .map(
      (p, i) =>
        `<div role="tabpanel" id="panel${i}" aria-labelledby="tab${i}"${closed(names[i]) ? ' hidden' : ''}>\n${p}\n</div>`,
    )
    .join('\n');
  return { html: `<div role="tablist">${bar}</div>\n${body}`, form };
}
