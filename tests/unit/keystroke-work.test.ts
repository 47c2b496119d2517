// @vitest-environment happy-dom
/**
 * The work done per keystroke, counted rather than timed. On the demo Carers Conversation page,
 * with the sidebar's real checker, reader and rules:
 * - typing 40 keys into a Section 2 text area reads the page no time at all while the keys come,
 *   and once when they stop (the debounce), and that one re-check sees what was typed;
 * - one read of the page looks up the same number of things whether the form is on the page once
 *   or three times (the 200-field benchmark page), so the work does not grow with the page;
 * - a read never looks inside the sidebar's own shadow root.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Checker, DEBOUNCE_MS } from '@/entrypoints/sidebar/checker';
import { LOOK_EVERY_MS } from '@/entrypoints/sidebar/page-input';
import { detectPage } from '@/lib/page/detect';
import { readPage, ReadingSession, type ReadOptions } from '@/lib/page/reader';
import { runRulesInParts } from '@/lib/rules';
import { htmlDocument } from './page/helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'demo', 'site');
const TYPED = 'Caring for mum every day since March. Ok';
const KEY_GAP_MS = 100;

function demoDocument(file: string): Document {
  return htmlDocument(readFileSync(join(SITE_DIR, file), 'utf8'));
}

/** The first of the Section 2 free-text areas, as the reader itself finds them. */
function section2Area(doc: Document): HTMLTextAreaElement {
  const reading = readPage(doc);
  const key = reading.snapshot.fields.conversation?.areas[0]?.control;
  const el = key ? reading.controls.get(key) : undefined;
  if (!el || el.tagName !== 'TEXTAREA')
    throw new Error('the reader found no Section 2 free-text area on the demo page');
  return el as HTMLTextAreaElement;
}

/** Counts calls of DOM look-ups made on a document (its own prototypes, so nothing else is touched). */
function countLookups(doc: Document) {
  const counts = {
    documentQuerySelectorAll: 0,
    elementQuerySelectorAll: 0,
    getComputedStyle: 0,
    insideShadow: 0,
  };
  const win = doc.defaultView as unknown as Window & typeof globalThis;
  const restore: Array<() => void> = [];
  const wrap = <T extends object>(
    owner: T,
    name: keyof T & string,
    count: (self: unknown, args: unknown[]) => void,
  ) => {
    const original = owner[name] as unknown as (...a: unknown[]) => unknown;
    (owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
      count(this, args);
      return original.apply(this, args);
    };
    restore.push(() => ((owner as Record<string, unknown>)[name] = original));
  };
  const inShadow = (node: unknown) =>
    node instanceof win.Node && node.getRootNode() instanceof win.ShadowRoot;
  wrap(
    Object.getPrototypeOf(doc) as Document,
    'querySelectorAll',
    () => counts.documentQuerySelectorAll++,
  );
  wrap(win.Element.prototype, 'querySelectorAll', (self) => {
    counts.elementQuerySelectorAll++;
    if (inShadow(self)) counts.insideShadow++;
  });
  wrap(win, 'getComputedStyle', (_self, args) => {
    counts.getComputedStyle++;
    if (inShadow(args[0])) counts.insideShadow++;
  });
  return { counts, restore: () => restore.forEach((r) => r()) };
}

describe('work per keystroke on the demo Carers Conversation page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads the page no time while 40 keys are typed, then once, and that read sees the typing', () => {
    const doc = demoDocument('conversation-complete.html');
    const found = detectPage(doc);
    expect(found?.kind).toBe('carers-conversation');
    const host = doc.createElement('mosaic-companion');
    doc.body.append(host);
    const session = new ReadingSession(doc);
    const read = vi.fn((options: ReadOptions) => session.read(options));
    const rules = vi.fn(runRulesInParts);
    const checker = new Checker(doc, host, found!, {
      read,
      runRulesInParts: rules,
      today: () => '2026-11-22',
    });
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(1);
    expect(rules).toHaveBeenCalledTimes(1);

    const area = section2Area(doc);
    const before = area.value;
    const win = doc.defaultView as unknown as typeof globalThis;
    const lookups = countLookups(doc);
    try {
      // the worker clicks into the text area, and types
      area.focus();
      for (const key of TYPED) {
        area.dispatchEvent(new win.KeyboardEvent('keydown', { key, bubbles: true }));
        area.value += key;
        area.dispatchEvent(
          new win.InputEvent('input', { data: key, inputType: 'insertText', bubbles: true }),
        );
        area.dispatchEvent(new win.KeyboardEvent('keyup', { key, bubbles: true }));
        vi.advanceTimersByTime(KEY_GAP_MS);
      }
      // While the keys came: scheduling only, no reading of the page at all.
      expect(read).toHaveBeenCalledTimes(1);
      expect(rules).toHaveBeenCalledTimes(1);
      expect(lookups.counts).toEqual({
        documentQuerySelectorAll: 0,
        elementQuerySelectorAll: 0,
        getComputedStyle: 0,
        insideShadow: 0,
      });
      expect(checker.pending).toBe(true);
    } finally {
      lookups.restore();
    }

    // the field typed into is looked at in idle moments: checked within twice the debounce
    vi.advanceTimersByTime(2 * DEBOUNCE_MS);
    expect(read).toHaveBeenCalledTimes(2);
    expect(rules).toHaveBeenCalledTimes(2);
    expect(checker.pending).toBe(false);
    const areas = read.mock.results[1].value.snapshot.fields.conversation?.areas ?? [];
    const values: string[] = areas.map((a: { value: string }) => a.value);
    expect(values[0].startsWith(before.trim().slice(0, 20))).toBe(true);
    expect(values[0].endsWith(TYPED)).toBe(true);
    checker.stop();
  });

  it('sees, when the typing stops, a question the page took away while the worker typed', () => {
    const doc = demoDocument('conversation-complete.html');
    const host = doc.createElement('mosaic-companion');
    doc.body.append(host);
    // The checker's own reading session, which it tells when the page goes unwatched.
    const checker = new Checker(doc, host, detectPage(doc)!, { today: () => '2026-11-22' });
    checker.start();
    vi.advanceTimersByTime(DEBOUNCE_MS);
    const first = checker.reading!;
    const area = section2Area(doc);
    // A question answered by a control of its own, away from the text area typed into.
    const [id, question] = [...first.questions].find(
      ([key, q]) => first.snapshot.fields[key as never]?.found && !q.contains(area),
    )!;
    expect(first.snapshot.fields[id as never]?.found).toBe(true);

    const win = doc.defaultView as unknown as typeof globalThis;
    const type = (key: string) => {
      area.value += key;
      area.dispatchEvent(new win.InputEvent('input', { data: key, bubbles: true }));
      vi.advanceTimersByTime(KEY_GAP_MS);
    };
    area.focus();
    // a look has seen the focus: the checker no longer watches the page
    vi.advanceTimersByTime(2 * LOOK_EVERY_MS);
    type('a');
    // The page takes the question away while the worker types: no one is watching.
    question.remove();
    type('b');
    expect(checker.reading).toBe(first);

    // the typing stops, the text area still has the focus: the next look sees fewer elements
    vi.advanceTimersByTime(LOOK_EVERY_MS + 2 * DEBOUNCE_MS);
    const after = checker.reading!;
    expect(after).not.toBe(first);
    expect(after.snapshot.fields[id as never]?.found).not.toBe(true);
    expect(after.snapshot.fields.conversation?.areas[0]?.value.endsWith('ab')).toBe(true);
    checker.stop();
  });

  it('a read looks things up as often on the 200-field page as on the page with the form once', () => {
    const measure = (file: string) => {
      const doc = demoDocument(file);
      const lookups = countLookups(doc);
      try {
        const reading = readPage(doc);
        return {
          counts: { ...lookups.counts },
          fields: Object.values(reading.snapshot.fields).filter((f) => f.found).length,
        };
      } finally {
        lookups.restore();
      }
    };
    const once = measure('conversation-complete.html');
    const thrice = measure('bench-200.html');
    expect(once.fields).toBeGreaterThan(40);
    expect(thrice.fields).toBe(once.fields);
    // Something was counted (so the counters are wired to what the reader calls) …
    expect(
      once.counts.documentQuerySelectorAll + once.counts.elementQuerySelectorAll,
    ).toBeGreaterThan(0);
    // … and three copies of the form do not mean more look-ups.
    expect(thrice.counts.documentQuerySelectorAll).toBeLessThanOrEqual(
      once.counts.documentQuerySelectorAll,
    );
    expect(thrice.counts.elementQuerySelectorAll).toBeLessThanOrEqual(
      once.counts.elementQuerySelectorAll,
    );
    expect(thrice.counts.getComputedStyle).toBeLessThanOrEqual(
      Math.ceil(once.counts.getComputedStyle * 1.1),
    );
  });

  it('a read never looks inside the sidebar, even when the sidebar shows the questions’ words', () => {
    const doc = demoDocument('conversation-complete.html');
    const plain = readPage(doc).snapshot;
    const host = doc.createElement('mosaic-companion');
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML =
      '<section data-testid="mc-sidebar"><h2>Carers Wellbeing Conversation</h2>' +
      '<label>No. of adults being cared for <input value="9"></label>' +
      '<label>Total hours caring per week <select><option selected>50+ hours</option></select></label>' +
      '<textarea>from the sidebar</textarea></section>';
    const lookups = countLookups(doc);
    try {
      const withSidebar = readPage(doc).snapshot;
      expect(lookups.counts.insideShadow).toBe(0);
      expect(withSidebar).toEqual(plain);
    } finally {
      lookups.restore();
    }
  });
});
