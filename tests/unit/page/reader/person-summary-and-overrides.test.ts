// @vitest-environment happy-dom
/** A person summary without tables, and the council's label overrides. */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { SUMMARY } from '../../fixtures/expected';
import { expectFields } from './expect-fields';
import { rendering } from '../helpers';

describe('rendering (f): a person summary without tables', () => {
  const reading = readPage(rendering('f-person-summary.html'));
  const s = reading.snapshot;

  it('knows the page, the person (without the title) and the worker', () => {
    expect(s.kind).toBe('person-summary');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBe('Jo Worker');
    expect(s.tabs).toEqual([]);
  });

  it('reads the groups, the relationships and the employment status', () => {
    expectFields(s, 'person-summary', SUMMARY);
    expect(s.notFound).toEqual([]);
    expect(s.fields.employmentStatus.tab).toBeNull();
    expect(s.fields.employmentStatus.section).toBeNull();
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });

  it('reports a blank employment status as no value, not as the next text', () => {
    const doc = rendering('f-person-summary.html');
    doc.querySelector('#emp p')!.textContent = '';
    const r = readPage(doc).snapshot;
    expect(r.fields.employmentStatus).toMatchObject({ found: true, value: null });
  });
});

describe('label overrides from the settings', () => {
  function reworded(): Document {
    const doc = rendering('a-label-for-divs.html');
    doc.querySelector('label[for="adults"]')!.textContent = 'How many adults do you care for?';
    const th = Array.from(doc.querySelectorAll('th')).find(
      (t) => t.textContent === 'If required, total cost for this support',
    )!;
    th.textContent = 'Cost (£)';
    return doc;
  }

  it('without them, a reworded question is reported as not found', () => {
    const r = readPage(reworded()).snapshot;
    expect(r.fields.adultsCaredFor.found).toBe(false);
    expect(r.notFound).toEqual(['adultsCaredFor']);
    expect(r.fields.supportPlan.rows[0].cells).toEqual({
      want: 'A break from caring each week',
      support: 'Sitting service, 4 hours a week',
    });
  });

  it("with them, the council's words are tried as well as forms.md's", () => {
    const reading = readPage(reworded(), {
      labelOverrides: {
        adultsCaredFor: ['How many adults do you care for'],
        'supportPlan.cost': ['Cost (£)'],
      },
    });
    const r = reading.snapshot;
    expect(r.fields.adultsCaredFor).toMatchObject({ found: true, value: '1' });
    expect(reading.labels!.get('adultsCaredFor')).toBe('How many adults do you care for?');
    expect(r.fields.supportPlan.rows[0].cells.cost).toBe('400');
    expect(r.notFound).toEqual([]);
    // forms.md's own labels still work
    expect(r.fields.hoursCaring.value).toBe('22 - 28 hours');
  });

  it('can name the free-text areas of Section 2', () => {
    const reading = readPage(rendering('a-label-for-divs.html'), {
      labelOverrides: { conversation: ['About your caring role', 'Your life outside caring'] },
    });
    expect(reading.snapshot.fields.conversation.areas.map((a) => a.label)).toContain(
      'About your caring role',
    );
  });
});

describe('pages that are not Mosaic steps', () => {
  it('reads nothing from an ordinary page', () => {
    const r = readPage(
      rendering('f-person-summary.html').implementation.createHTMLDocument('News'),
    ).snapshot;
    expect(r).toEqual({
      kind: null,
      person: { id: null, name: null },
      worker: null,
      tabs: [],
      fields: {},
      notFound: [],
    });
  });
});
