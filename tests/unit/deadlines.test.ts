import { describe, expect, it } from 'vitest';
import { createCalendar } from '@/lib/calendar';
import {
  TASKS,
  badgeFor,
  caseView,
  computeNextDue,
  describeDue,
  BADGE_AMBER,
  BADGE_RED,
} from '@/lib/deadlines';
import type { CaseKind, CaseRecord, TaskView } from '@/lib/cases/types';

const cal = createCalendar();

function record(kind: CaseKind, fields: Partial<CaseRecord> = {}): CaseRecord {
  return {
    id: 'c1',
    personId: '123456',
    name: 'Timothy Guide',
    kind,
    allocated: null,
    homeVisit: null,
    serviceStart: null,
    ongoingCare: null,
    oneOffPayment: false,
    reviewDate: null,
    done: {},
    closedOn: null,
    createdOn: '2024-01-01',
    nextDue: null,
    ...fields,
  };
}

function dues(r: CaseRecord, today = '2020-01-01'): Record<string, string | null> {
  return Object.fromEntries(caseView(r, today, cal).tasks.map((t) => [t.id, t.due]));
}

describe('the tasks of deadlines.md', () => {
  it('lists every task id of every case type, in order', () => {
    expect(TASKS.reablement.map((t) => t.id)).toEqual([
      'initial-contact',
      'check-front-page',
      'record-assessment',
      'touch-point',
      'reablement-review',
      'withdraw-service',
      'ras-assessment',
      'funding-agreed',
      'support-plan',
      'brokerage',
      'financial-assessment-informed',
      'resident-survey',
    ]);
    expect(TASKS.ras.map((t) => t.id)).toEqual([
      'initial-contact',
      'check-front-page',
      'record-assessment',
      'assessment-and-support-plan',
      'resident-survey',
    ]);
    expect(TASKS['carers-assessment'].map((t) => t.id)).toEqual([
      'initial-contact',
      'check-front-page',
      'record-assessment',
      'signpost-carers-first',
      'assessment-and-support-plan',
      'carer-support-plan',
      'brokerage',
      'resident-survey',
    ]);
    expect(TASKS['carers-review'].map((t) => t.id)).toEqual(['carers-review']);
  });

  it('gives each task a description', () => {
    for (const tasks of Object.values(TASKS))
      for (const t of tasks) expect(t.description.length).toBeGreaterThan(5);
    expect(TASKS.reablement[0].description).toMatch(/^Make initial contact/);
  });
});

describe('due dates', () => {
  it('Reablement: A + 2 working days, V + 3 working days, S + 1 week, end of weeks 4 and 6', () => {
    // Allocated Friday 1 Mar 2024; visit Wednesday 6 Mar; service starts Monday 11 Mar.
    const r = record('reablement', {
      allocated: '2024-03-01',
      homeVisit: '2024-03-06',
      serviceStart: '2024-03-11',
      ongoingCare: true,
    });
    expect(dues(r)).toEqual({
      'initial-contact': '2024-03-05',
      'check-front-page': '2024-03-05',
      'record-assessment': '2024-03-11',
      'touch-point': '2024-03-18',
      'reablement-review': '2024-04-07', // S + 27
      'withdraw-service': '2024-04-21', // S + 41
      'ras-assessment': '2024-04-21',
      'funding-agreed': '2024-04-21',
      'support-plan': '2024-04-21',
      brokerage: '2024-04-21',
      'financial-assessment-informed': '2024-04-21',
    });
  });

  it('Reablement with no ongoing care: the resident survey instead of the ongoing-care tasks', () => {
    const r = record('reablement', {
      allocated: '2024-03-01',
      serviceStart: '2024-03-11',
      ongoingCare: false,
    });
    const ids = caseView(r, '2024-03-01', cal).tasks.map((t) => t.id);
    expect(ids).toEqual([
      'initial-contact',
      'check-front-page',
      'record-assessment',
      'touch-point',
      'reablement-review',
      'withdraw-service',
      'resident-survey',
    ]);
    expect(dues(r)['resident-survey']).toBe('2024-04-21');
  });

  it('Reablement while ongoing care is not known yet: both branches are shown, marked with their condition', () => {
    const r = record('reablement', {
      allocated: '2024-03-01',
      serviceStart: '2024-03-11',
      ongoingCare: null,
    });
    const tasks = caseView(r, '2024-03-01', cal).tasks;
    expect(tasks.map((t) => t.id)).toEqual(TASKS.reablement.map((t) => t.id));
    expect(tasks.find((t) => t.id === 'brokerage')?.condition).toBe('If ongoing care is needed');
    expect(tasks.find((t) => t.id === 'resident-survey')?.condition).toBe(
      'If no ongoing care is needed',
    );
    expect(tasks.find((t) => t.id === 'initial-contact')?.condition).toBeUndefined();
  });

  it('RAS: A + 2 working days, V + 3 working days, A + 28 days', () => {
    const r = record('ras', { allocated: '2023-12-22', homeVisit: '2023-12-29' });
    expect(dues(r)).toEqual({
      'initial-contact': '2023-12-28',
      'check-front-page': '2023-12-28',
      'record-assessment': '2024-01-04', // 1 Jan is a bank holiday
      'assessment-and-support-plan': '2024-01-19',
      'resident-survey': '2024-01-19',
    });
  });

  it("Carer's assessment, with and without a one-off payment", () => {
    const without = record('carers-assessment', {
      allocated: '2024-03-27',
      homeVisit: '2024-03-28',
    });
    expect(dues(without)).toEqual({
      'initial-contact': '2024-04-02', // over Good Friday and Easter Monday
      'check-front-page': '2024-04-02',
      'record-assessment': '2024-04-04',
      'signpost-carers-first': '2024-04-24',
      'assessment-and-support-plan': '2024-04-24',
      'resident-survey': '2024-04-24',
    });
    const withPayment = dues({ ...without, oneOffPayment: true });
    expect(withPayment['carer-support-plan']).toBe('2024-04-24');
    expect(withPayment.brokerage).toBe('2024-04-24');
  });

  it.each([
    ['a Friday allocation', '2024-03-08', '2024-03-12'],
    ['Friday 22 Dec 2023', '2023-12-22', '2023-12-28'],
    ['Christmas Eve 2026', '2026-12-24', '2026-12-30'],
    ['the day before the 2026 Boxing Day substitute', '2026-12-24', '2026-12-30'],
    ['New Year 2027 (a Friday)', '2026-12-31', '2027-01-05'],
    ['Maundy Thursday 2025', '2025-04-17', '2025-04-23'],
    ['a Saturday', '2024-03-09', '2024-03-12'],
  ])('initial contact after %s', (_label, allocated, due) => {
    expect(dues(record('ras', { allocated }))['initial-contact']).toBe(due);
  });

  it('end of week 4 is S + 27 and end of week 6 is S + 41, over a clock change', () => {
    const r = record('reablement', { serviceStart: '2025-03-20', ongoingCare: false });
    const d = dues(r);
    expect(d['touch-point']).toBe('2025-03-27');
    expect(d['reablement-review']).toBe('2025-04-16');
    expect(d['withdraw-service']).toBe('2025-04-30');
  });

  it('Carers Review: the review date, else the date finished + 12 months, else waiting', () => {
    expect(
      dues(record('carers-review', { reviewDate: '2027-03-03', allocated: '2026-01-10' }))[
        'carers-review'
      ],
    ).toBe('2027-03-03');
    expect(dues(record('carers-review', { allocated: '2026-01-10' }))['carers-review']).toBe(
      '2027-01-10',
    );
    expect(dues(record('carers-review', { allocated: '2024-02-29' }))['carers-review']).toBe(
      '2025-02-28',
    );
    const waiting = caseView(record('carers-review'), '2026-01-01', cal).tasks[0];
    expect(waiting.status).toBe('waiting');
    expect(waiting.waitingFor).toBe('Waiting for the review date');
  });
});

describe('statuses', () => {
  const r = record('ras', { allocated: '2024-03-04' }); // Monday: initial contact due Wed 6 Mar, plan due 1 Apr

  it.each([
    ['2024-03-04', 'due-soon'],
    ['2024-03-05', 'due-soon'],
    ['2024-03-06', 'due-today'],
    ['2024-03-07', 'overdue'],
  ])('initial contact on %s is %s', (today, status) => {
    expect(caseView(r, today, cal).tasks[0].status).toBe(status);
  });

  it('due soon means within the next 2 working days, across a weekend', () => {
    const friday = record('ras', { allocated: '2024-03-07' }); // due Mon 11 Mar
    expect(caseView(friday, '2024-03-07', cal).tasks[0].status).toBe('due-soon'); // Thu: Fri, Mon
    expect(
      caseView(record('ras', { allocated: '2024-03-11' }), '2024-03-07', cal).tasks[0].status,
    ).toBe('upcoming');
  });

  it('a task without its date is waiting, never overdue', () => {
    const view = caseView(r, '2030-01-01', cal);
    const visit = view.tasks.find((t) => t.id === 'record-assessment')!;
    expect(visit.status).toBe('waiting');
    expect(visit.due).toBeNull();
    expect(visit.waitingFor).toBe('Waiting for the home visit date');
  });

  it('a ticked task is done, with its date, and leaves the case status', () => {
    const ticked = {
      ...r,
      done: { 'initial-contact': '2024-03-05', 'check-front-page': '2024-03-05' },
    };
    const view = caseView(ticked, '2024-03-07', cal);
    expect(view.tasks[0]).toMatchObject({ status: 'done', doneOn: '2024-03-05' });
    expect(view.status).toBe('upcoming');
    expect(view.next?.id).toBe('assessment-and-support-plan');
  });

  it("a case's status is its most urgent open task's", () => {
    const view = caseView({ ...r, done: { 'initial-contact': '2024-03-05' } }, '2024-03-07', cal);
    expect(view.status).toBe('overdue');
    expect(view.next?.id).toBe('check-front-page');
    const allDone = Object.fromEntries(TASKS.ras.map((t) => [t.id, '2024-03-05']));
    expect(caseView({ ...r, done: allDone }, '2024-03-07', cal)).toMatchObject({
      status: 'done',
      next: null,
    });
  });

  it('waiting is less urgent than upcoming', () => {
    const ticked = { 'initial-contact': '2024-03-05', 'check-front-page': '2024-03-05' };
    const onlyLater = caseView(
      record('ras', { allocated: '2024-03-04', done: ticked }),
      '2024-03-07',
      cal,
    );
    expect(onlyLater.status).toBe('upcoming');
    const onlyWaiting = caseView(
      record('reablement', {
        allocated: '2024-03-04',
        done: { 'initial-contact': '2024-03-04', 'check-front-page': '2024-03-04' },
      }),
      '2024-03-07',
      cal,
    );
    expect(onlyWaiting.status).toBe('waiting');
  });

  it('a closed case has no open tasks', () => {
    const view = caseView({ ...r, closedOn: '2024-03-10' }, '2024-05-01', cal);
    expect(view.status).toBe('done');
    expect(view.next).toBeNull();
    expect(view.tasks.every((t) => t.status === 'done')).toBe(true);
    expect(view.tasks[0].doneOn).toBeNull();
  });

  it('a due date is the whole day in London: overdue only from the next day', () => {
    const today = '2024-10-27'; // the day the clocks go back
    const due = caseView(record('ras', { allocated: '2024-09-29' }), today, cal).tasks.find(
      (t) => t.id === 'resident-survey',
    )!;
    expect(due.due).toBe('2024-10-27');
    expect(due.status).toBe('due-today');
  });
});

describe('computeNextDue', () => {
  it('is the earliest due date of the open tasks', () => {
    const r = record('ras', { allocated: '2024-03-04' });
    expect(computeNextDue(r, cal)).toBe('2024-03-06');
    expect(
      computeNextDue(
        { ...r, done: { 'initial-contact': '2024-03-05', 'check-front-page': '2024-03-05' } },
        cal,
      ),
    ).toBe('2024-04-01');
  });

  it('is null when the case is closed, or no open task has a date', () => {
    expect(
      computeNextDue(
        { ...record('ras', { allocated: '2024-03-04' }), closedOn: '2024-03-05' },
        cal,
      ),
    ).toBeNull();
    expect(computeNextDue(record('carers-review'), cal)).toBeNull();
    expect(
      computeNextDue(
        record('reablement', {
          allocated: '2024-03-04',
          done: { 'initial-contact': '2024-03-04', 'check-front-page': '2024-03-04' },
        }),
        cal,
      ),
    ).toBeNull();
  });

  it('ignores ticks of tasks that no longer apply and tasks whose condition is false', () => {
    const r = record('reablement', {
      serviceStart: '2024-03-04',
      ongoingCare: false,
      done: {
        'touch-point': '2024-03-05',
        'reablement-review': '2024-03-05',
        'withdraw-service': '2024-03-05',
      },
    });
    expect(computeNextDue(r, cal)).toBe('2024-04-14'); // the resident survey
    const survey = { ...r, done: { ...r.done, 'resident-survey': '2024-03-05' } };
    expect(computeNextDue(survey, cal)).toBeNull();
    expect(computeNextDue({ ...survey, ongoingCare: true }, cal)).toBe('2024-04-14'); // the ongoing-care tasks now apply
  });

  it('moves with council closure days', () => {
    const r = record('ras', { allocated: '2023-12-22' });
    expect(computeNextDue(r, cal)).toBe('2023-12-28');
    expect(computeNextDue(r, createCalendar(['2023-12-27', '2023-12-28', '2023-12-29']))).toBe(
      '2024-01-03',
    );
  });
});

describe('describeDue', () => {
  const task = (fields: Partial<TaskView>): TaskView => ({
    id: 'x',
    description: 'X',
    due: null,
    status: 'upcoming',
    doneOn: null,
    ...fields,
  });

  it.each([
    [task({ due: '2024-03-06', status: 'overdue' }), '2024-03-08', '2 working days overdue'],
    [task({ due: '2024-03-07', status: 'overdue' }), '2024-03-08', '1 working day overdue'],
    [task({ due: '2024-03-08', status: 'overdue' }), '2024-03-11', '1 working day overdue'],
    [task({ due: '2024-03-08', status: 'overdue' }), '2024-03-09', 'Overdue: was due 8 Mar 2024'],
    [task({ due: '2024-03-08', status: 'due-today' }), '2024-03-08', 'Due today'],
    [task({ due: '2024-03-11', status: 'due-soon' }), '2024-03-08', 'Due in 1 working day'],
    [task({ due: '2024-03-12', status: 'due-soon' }), '2024-03-08', 'Due in 2 working days'],
    [task({ due: '2024-03-09', status: 'due-soon' }), '2024-03-08', 'Due tomorrow'],
    [task({ due: '2027-03-03', status: 'upcoming' }), '2027-02-01', 'Due 3 Mar 2027'],
    [
      task({ status: 'waiting', waitingFor: 'Waiting for the home visit date' }),
      '2027-02-01',
      'Waiting for the home visit date',
    ],
    [
      task({ due: '2024-03-08', status: 'done', doneOn: '2024-03-07' }),
      '2024-03-20',
      'Done 7 Mar 2024',
    ],
    [task({ due: '2024-03-08', status: 'done' }), '2024-03-20', 'Not done: case closed'],
  ])('%o on %s → %s', (t, today, text) => {
    expect(describeDue(t, today, cal)).toBe(text);
  });
});

describe('badgeFor', () => {
  it.each([
    [{ overdue: 2, dueToday: 1 }, '2', BADGE_RED, '2 cases overdue · 1 due today'],
    [{ overdue: 1, dueToday: 0 }, '1', BADGE_RED, '1 case overdue'],
    [{ overdue: 0, dueToday: 3 }, '3', BADGE_AMBER, '3 cases due today'],
    [{ overdue: 0, dueToday: 1 }, '1', BADGE_AMBER, '1 case due today'],
    [{ overdue: 0, dueToday: 0 }, '', BADGE_RED, 'Nothing overdue or due today'],
    [{ overdue: 1234, dueToday: 0 }, '999+', BADGE_RED, '1234 cases overdue'],
  ])('%o', (counts, text, color, title) => {
    expect(badgeFor(counts)).toEqual({ text, color, title });
  });

  it('uses two different colours', () => {
    expect(BADGE_RED).not.toBe(BADGE_AMBER);
  });
});
