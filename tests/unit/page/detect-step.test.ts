/**
 * Casework steps (page kind `work-step`) recognised by their visible title and the council's step
 * names: on the demo's three step editors and nowhere else; and the date stamps read from them.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { detectPage } from '@/lib/page/detect';
import { detectWorkStep } from '@/lib/page/detect-step';
import { findWorkStep, mayBeWorkStep } from '@/lib/page/find-step';
import { DEFAULT_STEP_NAMES, STEP_LIST_KEY, stepList } from '@/lib/steps/names';
import { allocationFromStamps } from '@/lib/steps/stamps';
import { SITE_DIR } from '../../demo/server';
import { WORK_STEP_PAGES, workStepHtml } from '../../demo/work-steps';

const LIST = stepList(DEFAULT_STEP_NAMES);

const windows: Window[] = [];
function load(html: string): Document {
  const window = new Window({ url: 'http://127.0.0.1/step.html' });
  windows.push(window);
  window.document.write(html);
  return window.document as unknown as Document;
}

afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});

describe.each(WORK_STEP_PAGES.map((p) => [p.file, p] as const))('demo step %s', (file, page) => {
  it('is the generator’s output, recognised as a work-step of its case type, with its stamp', () => {
    const html = readFileSync(join(SITE_DIR, file), 'utf8');
    expect(html, 'run: npx tsx tests/demo/build-pages.ts').toBe(workStepHtml(page));
    const doc = load(html);
    expect(detectPage(doc)).toBeNull();
    expect(detectWorkStep(doc, LIST)).toEqual({
      kind: 'work-step',
      stepName: page.step,
      personName: page.personName,
      personId: page.personId,
      caseKind: page.caseKind,
    });
    expect(allocationFromStamps(doc.body.textContent ?? '')?.date ?? null).toBe(page.allocated);
  });

  it('is not one when the council calls its steps something else', () => {
    const doc = load(readFileSync(join(SITE_DIR, file), 'utf8'));
    const other = stepList({ ...DEFAULT_STEP_NAMES, [page.caseKind]: ['Something else'] });
    expect(detectWorkStep(doc, other)).toBeNull();
  });
});

describe('work-step recognition', () => {
  it('finds no casework step on the other demo pages that are not steps', () => {
    const others = readdirSync(SITE_DIR).filter(
      (f) =>
        f.endsWith('.html') &&
        !WORK_STEP_PAGES.some((p) => p.file === f) &&
        !/^(conversation|review|hostile|bench|smoke)/.test(f),
    );
    expect(others.length).toBeGreaterThan(3);
    for (const f of others) {
      const doc = load(readFileSync(join(SITE_DIR, f), 'utf8'));
      expect(detectWorkStep(doc, LIST), f).toBeNull();
    }
  });

  it('takes a heading or a title bar beside Finish, never a title quoted in running text', () => {
    const quoted = load(
      '<title>News</title><body><p>RAS assessment : Jane Doe (123456)</p><button>Finish</button></body>',
    );
    expect(detectWorkStep(quoted, LIST)).toBeNull();
    const bar =
      '<title>Mosaic</title><body><div class="t">RAS assessment : Jane Doe (123456)</div>';
    expect(detectWorkStep(load(`${bar}</body>`), LIST)).toBeNull();
    expect(detectWorkStep(load(`${bar}<button>Finish</button></body>`), LIST)?.personId).toBe(
      '123456',
    );
    expect(
      detectWorkStep(
        load('<title>Mosaic</title><body><h2>RAS assessment : Jane Doe (12)</h2>'),
        LIST,
      )?.caseKind,
    ).toBe('ras');
    expect(
      detectWorkStep(load('<title>RAS assessment : Jane Doe (12) - Mosaic</title><body>'), LIST)
        ?.personName,
    ).toBe('Jane Doe');
  });

  it('reads the step names from storage only on a page that shows a step-like title', async () => {
    const reads: string[] = [];
    const read = async (key: string) => {
      reads.push(key);
      return { [key]: stepList({ ...DEFAULT_STEP_NAMES, ras: ['Resource assessment'] }) };
    };
    const home = load('<title>Home</title><body><h1>Current work</h1><p>Nothing here</p></body>');
    expect(mayBeWorkStep(home)).toBe(false);
    expect(await findWorkStep(home, read)).toBeNull();
    expect(reads).toEqual([]);

    const step = load('<title>Resource assessment : Jane Doe (123456)</title><body></body>');
    expect((await findWorkStep(step, read))?.caseKind).toBe('ras');
    expect(reads).toEqual([STEP_LIST_KEY]);
  });

  it('falls back to the defaults when the stored list is missing or not a list', async () => {
    const doc = load('<title>RAS assessment : Jane Doe (123456)</title><body></body>');
    expect((await findWorkStep(doc, async () => ({})))?.caseKind).toBe('ras');
    expect((await findWorkStep(doc, async (k) => ({ [k]: [['x', 'not-a-kind']] })))?.caseKind).toBe(
      'ras',
    );
  });
});
