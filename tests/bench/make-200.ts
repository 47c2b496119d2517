/**
 * Writes tests/demo/site/bench-200.html: the demo Carers Conversation page (conversation-complete)
 * with its form repeated until the page holds about 200 fields, for the re-check cost figure.
 * Ids, label `for`s and control names of each copy get a suffix, so every copy stays a working
 * form of its own (radio groups stay separate).
 *
 * `npx tsx tests/bench/make-200.ts` (the benchmark also runs it, and rewrites the page only when
 * the source page has changed).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export const SOURCE_PAGE = 'conversation-complete.html';
export const BENCH_PAGE = 'bench-200.html';
export const TARGET_FIELDS = 200;

const SITE = resolve(fileURLToPath(new URL('.', import.meta.url)), '../demo/site');

/** Fields as a person counts them: each text box, drop-down, and radio or checkbox group. */
export function countFields(root: ParentNode): number {
  const groups = new Set<string>();
  let n = 0;
  for (const el of Array.from(root.querySelectorAll('input, select, textarea'))) {
    const type = (el.getAttribute('type') ?? '').toLowerCase();
    if (['hidden', 'button', 'submit', 'reset', 'image'].includes(type)) continue;
    const name = el.getAttribute('name');
    if ((type === 'radio' || type === 'checkbox') && name) {
      if (groups.has(name)) continue;
      groups.add(name);
    }
    n++;
  }
  return n;
}

/** The element holding the whole form: the <form>, else the element around every control. */
function formRoot(doc: Document): Element | null {
  const form = doc.querySelector('form');
  if (form) return form;
  const controls = Array.from(doc.querySelectorAll('input, select, textarea'));
  if (controls.length === 0) return null;
  let el: Element | null = controls[0].parentElement;
  while (el && !controls.every((c) => el!.contains(c))) el = el.parentElement;
  return el;
}

function suffixCopy(el: Element, suffix: string): void {
  for (const node of [el, ...Array.from(el.querySelectorAll('*'))]) {
    for (const attr of [
      'id',
      'for',
      'name',
      'aria-labelledby',
      'aria-describedby',
      'aria-controls',
      'list',
    ]) {
      const v = node.getAttribute(attr);
      if (v)
        node.setAttribute(
          attr,
          v
            .split(/\s+/)
            .map((t) => `${t}${suffix}`)
            .join(' '),
        );
    }
  }
}

export function make200(html: string): { html: string; fields: number; copies: number } {
  const window = new Window({
    url: 'http://127.0.0.1/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  const doc = window.document as unknown as Document;
  doc.write(html);
  const root = formRoot(doc);
  if (!root) throw new Error(`${SOURCE_PAGE} has no form controls`);
  const perCopy = countFields(root);
  const copies = Math.max(1, Math.round(TARGET_FIELDS / Math.max(1, perCopy)));
  const original = Array.from(root.childNodes).map((n) => n.cloneNode(true));
  for (let i = 2; i <= copies; i++) {
    for (const node of original) {
      const copy = node.cloneNode(true);
      if (copy.nodeType === 1) suffixCopy(copy as Element, `-copy${i}`);
      root.appendChild(copy);
    }
  }
  const out = '<!doctype html>\n' + doc.documentElement.outerHTML + '\n';
  const fields = countFields(doc);
  window.close();
  return { html: out, fields, copies };
}

/** Writes bench-200.html when it is missing or out of date; returns its field count. */
export async function ensureBenchPage(
  site = SITE,
): Promise<{ ok: true; fields: number; written: boolean } | { ok: false; why: string }> {
  let source: string;
  try {
    source = await readFile(join(site, SOURCE_PAGE), 'utf8');
  } catch {
    return { ok: false, why: `tests/demo/site/${SOURCE_PAGE} is not there yet` };
  }
  const made = make200(source);
  const file = join(site, BENCH_PAGE);
  const current = await readFile(file, 'utf8').catch(() => '');
  if (current === made.html) return { ok: true, fields: made.fields, written: false };
  await writeFile(file, made.html);
  return { ok: true, fields: made.fields, written: true };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === realpathSync(resolve(process.argv[1]))) {
  ensureBenchPage().then((r) => {
    if (!r.ok) {
      console.error(r.why);
      process.exit(1);
    }
    console.log(`${BENCH_PAGE}: ${r.fields} fields${r.written ? ' (written)' : ' (unchanged)'}`);
  });
}
