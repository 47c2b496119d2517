/**
 * The forms a page header may take, with the worker a correct reader takes from each: a name
 * only where the header says plainly who is logged in (forms.md), else null.
 */
import type { Random } from './prng';

export interface HeaderForm {
  name: string;
  html: (worker: string, team: string) => string;
  /** does the header say plainly that this is the logged-in user? */
  plain: boolean;
}

export const HEADER_FORMS: HeaderForm[] = [
  {
    name: 'Logged in as NAME',
    html: (w) => `<div class="user">Logged in as ${w}</div> <a href="/logout">Log out</a>`,
    plain: true,
  },
  {
    name: 'Signed in as NAME | Log out',
    html: (w) => `<p>Signed in as <b>${w}</b> | <a href="/logout">Log out</a></p>`,
    plain: true,
  },
  {
    name: 'Logged in: NAME',
    html: (w) => `<span>Logged in: ${w}</span> <a href="/logout">Log out</a>`,
    plain: true,
  },
  {
    name: 'NAME (logged in)',
    html: (w) => `<span>${w} (logged in)</span> <a href="/logout">Log out</a>`,
    plain: true,
  },
  {
    name: 'NAME | Log out',
    html: (w) => `<span class="who">${w}</span> | <a href="/logout">Log out</a>`,
    plain: true,
  },
  {
    name: 'Welcome, NAME [Sign out]',
    html: (w) => `<span>Welcome, ${w}</span> <button type="button">Sign out</button>`,
    plain: true,
  },
  {
    name: 'initials on a menu button, the name in a closed menu',
    html: (w, t) =>
      `<button type="button" aria-haspopup="menu" aria-expanded="false">${initials(w)}</button>
<ul role="menu" hidden><li>${w}</li><li>${t}</li><li><a role="menuitem" href="/logout">Log out</a></li></ul>`,
    plain: false,
  },
  {
    name: 'initials on a menu button, "Signed in as NAME" in the closed menu',
    html: (w) =>
      `<button type="button" aria-haspopup="menu" aria-expanded="false">${initials(w)}</button>
<div role="menu" hidden><p>Signed in as ${w}</p><a role="menuitem" href="/logout">Sign out</a></div>`,
    plain: true,
  },
  {
    name: 'NAME (TEAM) | date | Log out',
    html: (w, t) =>
      `<div class="who"><span>${w}</span> (${t}) | 02/12/2026 | <a href="/logout">Log out</a></div>`,
    plain: false,
  },
  {
    name: 'NAME · TEAM · Log out',
    html: (w, t) => `<span>${w}</span> · <span>${t}</span> · <a href="/logout">Log out</a>`,
    plain: false,
  },
  {
    name: 'the name on the menu button',
    html: (w) =>
      `<button type="button" aria-haspopup="menu" aria-expanded="false">${w} ▾</button> <a href="/logout">Log out</a>`,
    plain: false,
  },
  {
    name: 'no worker at all',
    html: () => `<a href="/help">Help</a> | <a href="/logout">Log out</a>`,
    plain: false,
  },
];

function initials(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => w[0])
    .join('');
}

export function pickHeader(rnd: Random | null): HeaderForm {
  return rnd ? rnd.pick(HEADER_FORMS) : HEADER_FORMS[0];
}
