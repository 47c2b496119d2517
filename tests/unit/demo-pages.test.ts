/**
 * A cheap check on the demo Mosaic pages themselves (tests/demo/site): each page listed in
 * tests/demo/pages.ts exists, parses, has its title, is (or is not) recognised as a Mosaic page,
 * uses forms.md's label and option texts verbatim for the fields it claims, and holds the values
 * that pages.ts says a correct reader must produce. The HTML is read without running scripts.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fieldsFor,
  fieldDef,
  FIELDS,
  ACTIONS,
  NFA_REASONS,
  PRIORITIES,
  WELLBEING_AREAS,
} from '../../lib/page/fields';
import { detectPage } from '../../lib/page/detect';
import { DEFAULT_TEAMS } from '../../lib/settings/schema';
import { SITE_DIR } from '../demo/server';
import { indexHtml, renderPage } from '../demo/build-pages';
import {
  CONVERSATION_LABELS,
  DEMO_PAGES,
  DEMO_TODAY,
  MOSAIC_PAGES,
  expectedOn,
  normaliseText,
  settleSelects,
  snapshotNotFound,
  type DemoPage,
  type StepState,
} from '../demo/pages';

/** The label texts of forms.md, verbatim (our own where forms.md gives none: marked). */
const FORMS_LABELS: Record<string, string> = {
  serviceUserGroups: 'Service user groups',
  relationships: 'Personal relationships',
  fullName: 'Full name',
  dateOfBirth: 'Date of Birth',
  address: 'Address',
  gender: 'Gender',
  ethnicity: 'Ethnicity',
  subEthnicity: 'Sub Ethnicity',
  serviceUserGroup: 'Carers Service user group',
  employmentStatus: 'Employment Status',
  adultsCaredFor: 'No. of adults being cared for',
  caredFor: 'Person/s being cared for',
  hoursCaring: 'Total hours caring per week',
  gpKnows: 'Does your GP know you are a carer?',
  gpContact: 'Would you like us to contact them?',
  communicationSupport: 'Do you need any support with communication?',
  'communicationSupport.details': 'Details',
  receivingPayment:
    'Is the carer receiving payment for any of the care and support they provide? (eg via a direct payment)',
  'receivingPayment.details': 'Details',
  contactMethod: 'Method of contact',
  viewsConsidered: 'Were the views of the cared for person considered as part of the assessment?',
  viewsNotConsideredReason: 'If no, please give a reason', // ours: forms.md says only "reason"
  previousPlan: 'Previous outcomes and support plan',
  'review.supportWorking': 'How well has my support been working since our last conversation.',
  'review.outcomesAchieved': 'Did I achieve the outcomes we previously identified?',
  'review.whatChanged': 'What has changed since the last conversation?',
  'review.previousOutcomesMet': 'Previous outcomes achieved?',
  'outcome.childCare': 'Carrying out any caring responsibilities the carer has for a child',
  'outcome.otherCare': 'Providing care to other persons for whom the carer provides care',
  'outcome.home': 'Maintaining a habitable home environment',
  'outcome.nutrition': 'Managing and maintaining nutrition',
  'outcome.relationships': 'Developing and maintaining family or other personal relationships',
  'outcome.work': 'Engaging in work, training, education or volunteering',
  'outcome.community': 'Making use of necessary facilities or services in the local community',
  'outcome.recreation': 'Engaging in recreational activities',
  dependentAdults: 'Are there any adults that are dependent on you?',
  'dependentAdults.details': 'Please give details', // ours: forms.md says "a text box"
  unableToAchieve:
    'As a result of your caring role, you are unable to achieve one or more of the outcomes',
  healthDeteriorating:
    'Is (or is there a risk of) your mental or physical health deteriorating due to your caring role?',
  wellbeingImpact:
    'As a consequence there is, or is likely to be, a significant impact on your wellbeing (tick relevant areas)',
  wellbeingOther: 'Please specify', // ours: the box that "Other (please specify below)" opens
  decision: 'Decision',
  caringLevel: 'The level of the caring role is',
  wellbeingImpactLevel: 'Impact on physical and mental wellbeing',
  fundsRequired: "Are funds required to meet any of the carer's outcomes?",
  suggestedBudget: 'Suggested budget',
  supportPlan: 'Desired outcomes and Support plan',
  'pd.gender': 'What best describes your gender?',
  'pd.gender.selfDescribe': 'Please describe', // ours
  'pd.trans': 'Do you identify as trans?',
  'pd.genderSameAsBirth': 'Is your gender identity the same as the sex you were assigned at birth?',
  'pd.sexualOrientation': 'What is your sexual orientation?',
  'pd.sexualOrientation.selfDescribe': 'Please describe', // ours
  nextActions: 'Next actions',
};

const SELECTS = new Set(['hoursCaring', 'contactMethod', 'caringLevel', 'wellbeingImpactLevel']);
const HEADERLESS = new Set(['serviceUserGroups', 'relationships']);

/** Label text as a person reads it: whitespace collapsed, curly quotes straightened, trailing `*` dropped. */
function labelOf(text: string | null | undefined): string {
  return normaliseText(text)
    .replace(/[‘’]/g, "'")
    .replace(/\s*\*$/, '')
    .trim();
}

interface Parsed {
  doc: Document;
  /** Label texts of every element. */
  labels: Set<string>;
  /** Every element's text, every input's and text area's value (normalised). */
  texts: Set<string>;
  close(): Promise<void>;
}

const windows: Window[] = [];
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});

function parse(file: string): Parsed {
  const html = readFileSync(join(SITE_DIR, file), 'utf8');
  const window = new Window({ url: `http://127.0.0.1/${file}` });
  windows.push(window);
  window.document.write(html);
  const doc = window.document as unknown as Document;
  const labels = new Set<string>();
  const texts = new Set<string>();
  for (const el of Array.from(doc.body.querySelectorAll('*'))) {
    if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE') continue;
    labels.add(labelOf(el.textContent));
    texts.add(normaliseText(el.textContent));
    if (el.tagName === 'INPUT') texts.add(normaliseText(el.getAttribute('value')));
  }
  return { doc, labels, texts, close: () => window.happyDOM.close() };
}

/** A radio button's or tick box's caption, however the page labels it. */
function captionOf(doc: Document, input: Element): string {
  const wrap = input.closest('label');
  if (wrap) return labelOf(wrap.textContent);
  const id = input.getAttribute('id');
  if (id) {
    const byFor = doc.querySelector(`label[for="${id}"]`);
    if (byFor) return labelOf(byFor.textContent);
  }
  let n = input.nextSibling;
  while (n && n.nodeType === 3 && !normaliseText(n.textContent)) n = n.nextSibling;
  return n && n.nodeType === 3 ? labelOf(n.textContent) : '';
}

function isHidden(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (e.hasAttribute('hidden')) return true;
    if (/display\s*:\s*none/.test(e.getAttribute('style') ?? '')) return true;
  }
  return false;
}

function cellValue(cell: Element): string {
  const ctl = cell.querySelector('input, textarea');
  if (ctl)
    return normaliseText(ctl.tagName === 'INPUT' ? ctl.getAttribute('value') : ctl.textContent);
  return normaliseText(cell.textContent);
}

/** Rows of a table (not of tables inside it), header row first; happy-dom lacks table.rows. */
function rowsOf(table: Element): Element[] {
  const out: Element[] = [];
  for (const child of Array.from(table.children)) {
    if (child.tagName === 'TR') out.push(child);
    if (['THEAD', 'TBODY', 'TFOOT'].includes(child.tagName))
      out.push(...Array.from(child.children).filter((c) => c.tagName === 'TR'));
  }
  return out;
}

function cellsOf(tr: Element): Element[] {
  return Array.from(tr.children).filter((c) => c.tagName === 'TD' || c.tagName === 'TH');
}

/** The table whose header cells (th, or the first row's cells) hold every column label. */
function tableWithColumns(
  doc: Document,
  columns: string[],
): { table: Element; index: number[] } | null {
  for (const table of Array.from(doc.querySelectorAll('table'))) {
    const head = rowsOf(table)[0];
    if (!head) continue;
    const heads = cellsOf(head).map((c) => labelOf(c.textContent));
    const index = columns.map((c) => heads.indexOf(c));
    if (index.every((i) => i >= 0)) return { table, index };
  }
  return null;
}

function dataRows(table: Element): Element[] {
  return rowsOf(table).slice(1);
}

function fileOf(page: DemoPage): string {
  return join(SITE_DIR, page.file);
}

describe('demo pages: the list', () => {
  it('lists each file once, and every Mosaic page has person, kind and expectations', () => {
    const files = DEMO_PAGES.map((p) => p.file);
    expect(new Set(files).size).toBe(files.length);
    for (const p of MOSAIC_PAGES) {
      expect(p.personId, p.file).toMatch(/^\d+$/);
      const ids = fieldsFor(p.kind!).map((f) => f.id);
      const covered = [...Object.keys(p.expected), ...p.notFound].sort();
      expect(covered, `${p.file}: every field once, in expected or notFound`).toEqual(
        [...ids].sort(),
      );
      // Only closed conditional questions may be missing from the page.
      expect(snapshotNotFound(p), p.file).toEqual([]);
      for (const id of p.notFound) expect(fieldDef(id)?.shownWhen, `${p.file}: ${id}`).toBeTruthy();
      for (const r of p.expectedRuleIds)
        expect(r, p.file).toMatch(/^(s1|s2|s3|pd|act|wf|page)\.[a-z-]+$/);
      for (const [id, e] of Object.entries(p.expected)) {
        expect(e.shown, `${p.file}: ${id} is shown only when open and on the open tab`).toBe(
          e.open && (e.tab === null || e.tab === p.activeTab),
        );
      }
    }
    expect(DEMO_PAGES.filter((p) => p.kind === null).length).toBeGreaterThanOrEqual(2);
  });

  it('has every page kind, rendering and state the demo promises', () => {
    const has = (kind: string | null, state: string, rendering = 'modern') =>
      DEMO_PAGES.some((p) => p.kind === kind && p.state === state && p.rendering === rendering);
    expect(has('person-summary', 'complete')).toBe(true);
    expect(has('person-summary', 'problems')).toBe(true);
    expect(has('person-summary', 'no-carer')).toBe(true);
    for (const s of ['blank', 'complete', 'not-eligible', 'inconsistent'])
      expect(has('carers-conversation', s), s).toBe(true);
    expect(has('carers-conversation', 'complete', 'legacy')).toBe(true);
    expect(has('carers-conversation', 'complete', 'aria')).toBe(true);
    expect(has('carers-review', 'blank')).toBe(true);
    expect(has('carers-review', 'complete')).toBe(true);
  });

  it('moves relative scheduled dates with today', () => {
    const page = DEMO_PAGES.find((p) => p.file === 'conversation-complete.html')!;
    const review = (rows: Array<Record<string, string>> | undefined) =>
      rows?.find((r) => r.action === ACTIONS.review)?.scheduledDate;
    expect(review(page.expected.nextActions.rows)).toBe('22/11/2027');
    expect(review(expectedOn(page, DEMO_TODAY).nextActions.rows)).toBe('22/11/2027');
    expect(review(expectedOn(page, '2028-02-29').nextActions.rows)).toBe('28/02/2029');
  });
});

describe.each(DEMO_PAGES.map((p) => [p.file, p] as const))('demo page %s', (file, page) => {
  it('exists, is the generator’s current output, parses and has its title', () => {
    expect(existsSync(fileOf(page))).toBe(true);
    expect(readFileSync(fileOf(page), 'utf8'), 'run: npx tsx tests/demo/build-pages.ts').toBe(
      renderPage(page),
    );
    const { doc } = parse(file);
    expect(doc.title).toBe(page.title);
  });

  it(
    page.kind
      ? `is recognised as ${page.kind} for person ${page.personId}`
      : 'is not recognised as a Mosaic page',
    () => {
      const { doc } = parse(file);
      const found = detectPage(doc);
      if (!page.kind) {
        expect(found).toBeNull();
        return;
      }
      expect(found?.kind).toBe(page.kind);
      expect(found?.personId).toBe(page.personId);
    },
  );

  if (!page.kind) return;

  it('shows its tabs and the logged-in worker', () => {
    const { doc, labels } = parse(file);
    for (const t of page.tabs) expect(labels.has(t), t).toBe(true);
    const body = normaliseText(doc.body.textContent);
    expect(body).toContain(page.worker!);
    if (page.kind !== 'person-summary') {
      const panels = Array.from(doc.querySelectorAll('[data-tab-panel]'));
      expect(panels.length).toBe(page.tabs.length);
      expect(panels.filter((p) => !isHidden(p)).length, 'one tab open').toBe(1);
      for (const name of ['Save', 'Finish']) {
        const button = Array.from(doc.querySelectorAll('button, input[type="button"]')).find(
          (b) => labelOf(b.textContent) === name || b.getAttribute('value') === name,
        );
        expect(button, name).toBeTruthy();
        expect(button!.getAttribute('title')).toBe(name);
      }
    }
  });

  it("uses forms.md's label, column and option texts verbatim for every field it holds", () => {
    const { doc, labels } = parse(file);
    const captions = new Set(
      Array.from(doc.querySelectorAll('input[type="radio"], input[type="checkbox"]')).map((i) =>
        captionOf(doc, i),
      ),
    );
    const optionTexts = new Set(
      Array.from(doc.querySelectorAll('option')).map((o) => labelOf(o.textContent)),
    );
    for (const id of Object.keys(page.expected)) {
      const def = fieldDef(id)!;
      if (def.kind === 'areas') {
        for (const l of CONVERSATION_LABELS) expect(labels.has(labelOf(l)), l).toBe(true);
        continue;
      }
      const label =
        page.kind === 'person-summary' && id === 'employmentStatus'
          ? 'Employment status'
          : FORMS_LABELS[id];
      expect(label, `a forms.md label for ${id}`).toBeTruthy();
      expect(labels.has(labelOf(label)), `${id}: "${label}"`).toBe(true);
      if (def.options && def.kind !== 'shown') {
        const offered = SELECTS.has(id) ? optionTexts : captions;
        for (const o of def.options) expect(offered.has(o), `${id}: option "${o}"`).toBe(true);
      }
      if (def.columns && !HEADERLESS.has(id)) {
        expect(
          tableWithColumns(
            doc,
            def.columns.map((c) => c.labels[0]),
          ),
          `${id}: a table with its columns`,
        ).not.toBeNull();
      }
    }
    for (const id of page.notFound)
      expect(labels.has(labelOf(FORMS_LABELS[id])), `${id} is left out`).toBe(false);
  });

  it('reads its drop-downs right in happy-dom once settleSelects has run', () => {
    const { doc } = parse(file);
    settleSelects(doc);
    for (const id of SELECTS) {
      const e = page.expected[id];
      if (!e) continue;
      const sel = Array.from(doc.querySelectorAll('select')).find(
        (x) => x.getAttribute('data-f') === id,
      ) as HTMLSelectElement;
      const text =
        sel.selectedIndex > 0 ? labelOf(sel.options[sel.selectedIndex].textContent) : null;
      expect(text, id).toBe(e.value);
    }
  });

  it('holds the values pages.ts expects', () => {
    const { doc, texts } = parse(file);
    const s = page.source;
    // Radio answers: the multiset of checked captions.
    const checked = Array.from(doc.querySelectorAll('input[type="radio"][checked]')).map((i) =>
      captionOf(doc, i),
    );
    const wantChecked: string[] = [];
    const wantSelected: string[] = [];
    for (const [id, e] of Object.entries(page.expected)) {
      const def = fieldDef(id)!;
      if (def.kind === 'choice' && e.value)
        (SELECTS.has(id) ? wantSelected : wantChecked).push(e.value);
    }
    if (
      s &&
      s.kind !== 'person-summary' &&
      page.expected['dependentAdults.details'] &&
      (s as StepState).dependentFurther
    ) {
      wantChecked.push((s as StepState).dependentFurther!);
    }
    expect([...checked].sort()).toEqual([...wantChecked].sort());
    const selected = Array.from(doc.querySelectorAll('option[selected]')).map((o) =>
      labelOf(o.textContent),
    );
    expect([...selected].sort()).toEqual([...wantSelected].sort());
    const ticked = Array.from(doc.querySelectorAll('input[type="checkbox"][checked]'))
      .map((i) => captionOf(doc, i))
      .filter((c) => WELLBEING_AREAS.includes(c));
    expect(ticked).toEqual(page.expected.wellbeingImpact?.values ?? []);

    for (const [id, e] of Object.entries(page.expected)) {
      const def = fieldDef(id)!;
      if ((def.kind === 'text' || def.kind === 'shown') && e.value)
        expect(texts.has(e.value), `${id}: "${e.value}"`).toBe(true);
      if (def.kind === 'areas')
        for (const a of e.areas ?? [])
          if (a.value) expect(texts.has(a.value), `${id}: "${a.value}"`).toBe(true);
      if (def.kind === 'table') {
        const rows = e.rows ?? [];
        const cols = def.columns!;
        if (HEADERLESS.has(id)) {
          const trs = Array.from(doc.querySelectorAll('tr')).map((tr) =>
            cellsOf(tr).map(cellValue),
          );
          for (const r of rows) {
            const want = cols.map((c) => r[c.id]);
            expect(
              trs.some((cells) => want.every((v, i) => cells[i] === v)),
              `${id}: ${want.join(' | ')}`,
            ).toBe(true);
          }
          continue;
        }
        const found = tableWithColumns(
          doc,
          cols.map((c) => c.labels[0]),
        )!;
        const got = dataRows(found.table).map((tr) =>
          Object.fromEntries(cols.map((c, i) => [c.id, cellValue(cellsOf(tr)[found.index[i]])])),
        );
        expect(got, id).toEqual(rows);
      }
      if (!e.open && page.rendering !== 'legacy') {
        const els = Array.from(doc.body.querySelectorAll('*')).filter(
          (el) => labelOf(el.textContent) === labelOf(FORMS_LABELS[id]),
        );
        expect(els.length, `${id} is in the page`).toBeGreaterThan(0);
        expect(els.some(isHidden), `${id} is hidden`).toBe(true);
      }
    }
  });
});

describe('the next actions dialog and the index', () => {
  it("offers forms.md's actions, reasons, priorities and teams in the page script", () => {
    const js = readFileSync(join(SITE_DIR, 'mosaic.js'), 'utf8');
    for (const t of [...Object.values(ACTIONS), ...NFA_REASONS, ...DEFAULT_TEAMS])
      expect(js, t).toContain(`'${t}'`);
    for (const t of PRIORITIES) expect(js, t).toContain(`value="${t}"`);
    for (const t of [
      'Select action',
      'Scheduled Date',
      'Pass to worker',
      'Pass to team',
      'Assign To Me',
      'Send Immediately?',
      'Add and close',
    ]) {
      expect(js, t).toContain(t);
    }
  });

  it('lists every page in the index, which is no Mosaic page', () => {
    expect(readFileSync(join(SITE_DIR, 'index.html'), 'utf8')).toBe(indexHtml());
    const { doc } = parse('index.html');
    const links = new Set(Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href')));
    for (const p of DEMO_PAGES) expect(links.has(p.file), p.file).toBe(true);
    expect(detectPage(doc)).toBeNull();
  });

  it('knows every field of fields.ts', () => {
    for (const f of FIELDS) if (f.kind !== 'areas') expect(FORMS_LABELS[f.id], f.id).toBeTruthy();
  });
});
