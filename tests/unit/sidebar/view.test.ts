import { describe, expect, it } from 'vitest';
import { buildView, groupFindings, sectionProgress, signature } from '@/lib/sidebar/view';
import { emptyField, type PageSnapshot } from '@/lib/page/snapshot';
import type { FieldId } from '@/lib/page/fields';
import type { Finding } from '@/lib/rules/types';

function conversation(over: Partial<PageSnapshot> = {}): PageSnapshot {
  const tab = 'Carers Conversation';
  return {
    kind: 'carers-conversation',
    person: { id: '2204451', name: 'Timothy Guide' },
    worker: null,
    tabs: [
      { name: 'Privacy Notice', active: false, loaded: true },
      { name: tab, active: true, loaded: true },
      { name: 'Person Details form', active: false, loaded: false },
    ],
    fields: {
      adultsCaredFor: emptyField('adultsCaredFor', {
        found: true,
        shown: true,
        tab,
        section: 1,
        value: null,
        control: 'c1',
        editable: true,
      }),
      hoursCaring: emptyField('hoursCaring', {
        found: true,
        shown: true,
        tab,
        section: 1,
        value: '1 - 7 hours',
        control: 'c2',
        editable: true,
      }),
      gpContact: emptyField('gpContact', {
        found: true,
        shown: false,
        tab,
        section: 1,
        control: 'c3',
      }),
      caredFor: emptyField('caredFor', {
        found: true,
        shown: true,
        tab,
        section: 1,
        rows: [{ cells: { fullName: 'Alice' }, control: null }],
      }),
      conversation: emptyField('conversation', {
        found: true,
        shown: true,
        tab,
        section: 2,
        areas: [
          { label: 'a', value: 'said', control: 'a1' },
          { label: 'b', value: '', control: 'a2' },
        ],
      }),
      'pd.trans': emptyField('pd.trans', {
        found: true,
        shown: true,
        tab: 'Person Details form',
        section: null,
        control: 'p1',
      }),
    },
    notFound: [],
    ...over,
  };
}

const f = (
  ruleId: string,
  field: FieldId | null,
  severity: Finding['severity'] = 'error',
  control?: string,
): Finding => ({
  ruleId,
  field,
  severity,
  message: `${ruleId} message`,
  control,
});

describe('grouping findings', () => {
  it('groups by tab then section in form order and marks findings on another tab', () => {
    const s = conversation();
    const { list, groups } = groupFindings(
      [
        f('s1.adults-cared-for-missing', 'adultsCaredFor'),
        f('s2.conversation-text-missing', 'conversation', 'error', 'a2'),
        f('pd.answer-missing', 'pd.trans'),
        f('act.none', 'nextActions'),
      ],
      s,
    );
    expect(groups.map((g) => g.tab)).toEqual([
      'Carers Conversation',
      'Person Details form',
      'Privacy Notice',
    ]);
    expect(groups[0].sections.map((x) => x.title)).toEqual([
      'Section 1. Information needed at point of referral',
      'Section 2. Carers Wellbeing Conversation',
    ]);
    expect(list.map((x) => x.offTab)).toEqual([false, false, true, true]);
  });

  it('gives repeated findings distinct keys', () => {
    const { list } = groupFindings(
      [
        f('s2.conversation-text-missing', 'conversation'),
        f('s2.conversation-text-missing', 'conversation'),
      ],
      conversation(),
    );
    expect(new Set(list.map((x) => x.key)).size).toBe(2);
  });
});

describe('progress per section', () => {
  it('counts mandatory questions answered, leaving out conditional ones that are closed', () => {
    const p = sectionProgress(conversation());
    const s1 = p.find((x) => x.title.startsWith('Section 1'))!;
    // adultsCaredFor (blank), hoursCaring (answered), caredFor (a row); gpContact is closed.
    expect([s1.answered, s1.total]).toEqual([2, 3]);
    const s2 = p.find((x) => x.title.startsWith('Section 2'))!;
    expect([s2.answered, s2.total]).toEqual([1, 2]);
  });

  it('has no progress on a person summary', () => {
    expect(sectionProgress(conversation({ kind: 'person-summary' }))).toEqual([]);
  });
});

describe('the view', () => {
  const detected = {
    kind: 'carers-conversation' as const,
    personId: '2204451',
    personName: 'Timothy Guide',
  };
  it('counts by severity and lists tabs not checked yet', () => {
    const v = buildView({
      snapshot: conversation(),
      findings: [f('a', 'adultsCaredFor'), f('b', 'hoursCaring', 'warning'), f('c', null, 'info')],
      detected,
      eligibility: null,
      budget: null,
      budgetIsExample: true,
    });
    expect([v.errors, v.warnings, v.advice]).toEqual([1, 1, 1]);
    expect(v.uncheckedTabs).toEqual(['Person Details form']);
  });

  it('has the same signature when nothing shown changes, and a new one when it does', () => {
    const make = (findings: Finding[]) =>
      signature(
        buildView({
          snapshot: conversation(),
          findings,
          detected,
          eligibility: null,
          budget: null,
          budgetIsExample: true,
        }),
      );
    expect(make([f('a', 'adultsCaredFor')])).toBe(make([f('a', 'adultsCaredFor')]));
    expect(make([f('a', 'adultsCaredFor')])).not.toBe(make([]));
  });
});
