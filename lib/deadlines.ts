/**
 * Case types, their tasks and due dates, task and case statuses, the badge (deadlines.md).
 *
 * A = date of allocation, V = date of the home visit, S = date the Reablement service starts,
 * R = the Carers Review's scheduled date (else the date the Conversation or Review was finished,
 * kept in `allocated`, + 12 months). A task whose date is not known yet is `waiting`.
 */
import { addCalendarDays, formatDate, isRealDate, type WorkingCalendar } from './calendar';
import type { CaseKind, CaseRecord, CaseView, TaskStatus, TaskView } from './cases/types';
import { STATUS_ORDER } from './cases/types';

/** Which date a task counts from. */
export type DueBase = 'allocated' | 'homeVisit' | 'serviceStart' | 'review';

export type DueRule =
  | { base: DueBase; unit: 'workingDays'; n: number }
  | { base: DueBase; unit: 'days'; n: number }
  /** "by the end of week N" of a service starting on S: S + 7N − 1. */
  | { base: DueBase; unit: 'endOfWeek'; n: number }
  /** The review date itself, else `allocated` + n months. */
  | { base: 'review'; unit: 'reviewOrMonths'; n: number };

/** Conditions from deadlines.md's "condition" column. */
export type TaskCondition = 'ongoingCare' | 'noOngoingCare' | 'oneOffPayment';

export interface TaskDef {
  id: string;
  description: string;
  due: DueRule;
  condition?: TaskCondition;
}

export const CONDITION_TEXT: Record<TaskCondition, string> = {
  ongoingCare: 'If ongoing care is needed',
  noOngoingCare: 'If no ongoing care is needed',
  oneOffPayment: "For the one-off carer's payment",
};

/** What a waiting task is waiting for, by the date it counts from. */
export const WAITING_FOR: Record<DueBase, string> = {
  allocated: 'Waiting for the date of allocation',
  homeVisit: 'Waiting for the home visit date',
  serviceStart: 'Waiting for the date the service starts',
  review: 'Waiting for the review date',
};

const A2 = { base: 'allocated', unit: 'workingDays', n: 2 } as const;
const V3 = { base: 'homeVisit', unit: 'workingDays', n: 3 } as const;
const A28 = { base: 'allocated', unit: 'days', n: 28 } as const;
const S1WEEK = { base: 'serviceStart', unit: 'days', n: 7 } as const;
const WEEK4 = { base: 'serviceStart', unit: 'endOfWeek', n: 4 } as const;
const WEEK6 = { base: 'serviceStart', unit: 'endOfWeek', n: 6 } as const;

const INITIAL_CONTACT =
  'Make initial contact: give contact details, plan the home visit, ask who else should be present';
const CHECK_FRONT_PAGE = "Check the resident's front page details on Mosaic, update if needed";
const RESIDENT_SURVEY = 'Tell the resident, family member or advocate about the resident survey';
const ASSESSMENT_AND_PLAN = 'Assessment and support plan completed';

export const TASKS: Record<CaseKind, TaskDef[]> = {
  reablement: [
    { id: 'initial-contact', description: INITIAL_CONTACT, due: A2 },
    { id: 'check-front-page', description: CHECK_FRONT_PAGE, due: A2 },
    { id: 'record-assessment', description: 'Record the Reablement assessment work step', due: V3 },
    { id: 'touch-point', description: 'Initial touch point, recorded in case notes', due: S1WEEK },
    { id: 'reablement-review', description: 'Reablement review', due: WEEK4 },
    { id: 'withdraw-service', description: 'Reablement service withdrawn', due: WEEK6 },
    {
      id: 'ras-assessment',
      description: 'RAS assessment work step recorded',
      due: WEEK6,
      condition: 'ongoingCare',
    },
    {
      id: 'funding-agreed',
      description: 'Funding for ongoing care agreed',
      due: WEEK6,
      condition: 'ongoingCare',
    },
    {
      id: 'support-plan',
      description: 'Support plan completed',
      due: WEEK6,
      condition: 'ongoingCare',
    },
    {
      id: 'brokerage',
      description: 'Brokerage work step raised',
      due: WEEK6,
      condition: 'ongoingCare',
    },
    {
      id: 'financial-assessment-informed',
      description:
        'Evidence that the resident was told they will be financially assessed and may be charged',
      due: WEEK6,
      condition: 'ongoingCare',
    },
    { id: 'resident-survey', description: RESIDENT_SURVEY, due: WEEK6, condition: 'noOngoingCare' },
  ],
  ras: [
    { id: 'initial-contact', description: INITIAL_CONTACT, due: A2 },
    { id: 'check-front-page', description: CHECK_FRONT_PAGE, due: A2 },
    { id: 'record-assessment', description: 'Record the RAS assessment work step', due: V3 },
    { id: 'assessment-and-support-plan', description: ASSESSMENT_AND_PLAN, due: A28 },
    { id: 'resident-survey', description: RESIDENT_SURVEY, due: A28 },
  ],
  'carers-assessment': [
    { id: 'initial-contact', description: INITIAL_CONTACT, due: A2 },
    { id: 'check-front-page', description: CHECK_FRONT_PAGE, due: A2 },
    { id: 'record-assessment', description: "Record the carer's assessment work step", due: V3 },
    {
      id: 'signpost-carers-first',
      description: "Sign-post the resident to the local carers' support service (Carers First)",
      due: A28,
    },
    { id: 'assessment-and-support-plan', description: ASSESSMENT_AND_PLAN, due: A28 },
    {
      id: 'carer-support-plan',
      description: "Carer's support plan completed for the one-off payment",
      due: A28,
      condition: 'oneOffPayment',
    },
    {
      id: 'brokerage',
      description: 'Brokerage work step for the payment',
      due: A28,
      condition: 'oneOffPayment',
    },
    { id: 'resident-survey', description: RESIDENT_SURVEY, due: A28 },
  ],
  'carers-review': [
    {
      id: 'carers-review',
      description: 'Carry out the yearly Carers Review',
      due: { base: 'review', unit: 'reviewOrMonths', n: 12 },
    },
  ],
};

/** Every task id a case of this kind can have (whatever its conditions). */
export function taskIds(kind: CaseKind): string[] {
  return TASKS[kind].map((t) => t.id);
}

/**
 * Does the condition hold for this case? `null` while it is not known yet.
 *
 * Decision (docs/deadlines.md): while "ongoing care needed" is unknown, the tasks of both branches
 * are shown with their due dates, so nothing due by the end of week 6 is ever hidden; once it is
 * answered, only the branch that applies is shown.
 */
export function conditionHolds(
  condition: TaskCondition | undefined,
  record: CaseRecord,
): boolean | null {
  switch (condition) {
    case undefined:
      return true;
    case 'ongoingCare':
      return record.ongoingCare;
    case 'noOngoingCare':
      return record.ongoingCare === null ? null : !record.ongoingCare;
    case 'oneOffPayment':
      return record.oneOffPayment;
  }
}

/** The tasks that apply to this case now (unknown conditions included). */
export function applicableTasks(record: CaseRecord): TaskDef[] {
  return TASKS[record.kind].filter((t) => conditionHolds(t.condition, record) !== false);
}

function baseDate(record: CaseRecord, base: DueBase): string | null {
  switch (base) {
    case 'allocated':
      return record.allocated;
    case 'homeVisit':
      return record.homeVisit;
    case 'serviceStart':
      return record.serviceStart;
    case 'review':
      return record.reviewDate;
  }
}

/** `date` + n months, as a calendar date (31 Jan + 1 month = 28 or 29 Feb). */
export function addCalendarMonths(date: string, n: number): string {
  if (!isRealDate(date))
    throw new RangeError(`Not a real date written yyyy-mm-dd: ${String(date)}`);
  const [y, m, d] = date.split('-').map(Number);
  const months = y * 12 + (m - 1) + n;
  const year = Math.floor(months / 12);
  const month = months - year * 12; // 0 = January
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** A task's due date, or null while the date it counts from is unknown. */
export function dueDate(task: TaskDef, record: CaseRecord, cal: WorkingCalendar): string | null {
  const rule = task.due;
  if (rule.unit === 'reviewOrMonths') {
    if (record.reviewDate) return record.reviewDate;
    return record.allocated ? addCalendarMonths(record.allocated, rule.n) : null;
  }
  const from = baseDate(record, rule.base);
  if (!from) return null;
  switch (rule.unit) {
    case 'workingDays':
      return cal.addWorkingDays(from, rule.n);
    case 'days':
      return addCalendarDays(from, rule.n);
    case 'endOfWeek':
      return addCalendarDays(from, 7 * rule.n - 1);
  }
}

/** The status of an open task with this due date. */
export function statusOf(due: string | null, today: string, cal: WorkingCalendar): TaskStatus {
  if (due === null) return 'waiting';
  if (due < today) return 'overdue';
  if (due === today) return 'due-today';
  if (due <= cal.addWorkingDays(today, 2)) return 'due-soon';
  return 'upcoming';
}

const rank = (s: TaskStatus) => STATUS_ORDER.indexOf(s);

/** More urgent first: by status, then earlier due date, then the order of deadlines.md. */
function compareUrgency(a: TaskView, b: TaskView): number {
  return rank(a.status) - rank(b.status) || (a.due ?? '9999').localeCompare(b.due ?? '9999');
}

export function caseView(record: CaseRecord, today: string, cal: WorkingCalendar): CaseView {
  const closed = record.closedOn !== null;
  const tasks: TaskView[] = applicableTasks(record).map((def) => {
    const due = dueDate(def, record, cal);
    const doneOn = record.done[def.id] ?? null;
    const view: TaskView = {
      id: def.id,
      description: def.description,
      due,
      // A closed case has no open tasks: what was not ticked is shown done without a date.
      status: doneOn !== null || closed ? 'done' : statusOf(due, today, cal),
      doneOn,
    };
    if (def.condition) view.condition = CONDITION_TEXT[def.condition];
    if (due === null) view.waitingFor = WAITING_FOR[def.due.base];
    return view;
  });
  const open = tasks.filter((t) => t.status !== 'done');
  let next: TaskView | null = null;
  for (const t of open) if (!next || compareUrgency(t, next) < 0) next = t;
  return { record, tasks, status: next ? next.status : 'done', next };
}

/** Earliest due date of the open tasks; null when the case is closed or no open task has a date. */
export function computeNextDue(record: CaseRecord, cal: WorkingCalendar): string | null {
  if (record.closedOn !== null) return null;
  let earliest: string | null = null;
  for (const def of applicableTasks(record)) {
    if (record.done[def.id]) continue;
    const due = dueDate(def, record, cal);
    if (due !== null && (earliest === null || due < earliest)) earliest = due;
  }
  return earliest;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** A task's due date in words. */
export function describeDue(task: TaskView, today: string, cal: WorkingCalendar): string {
  if (task.status === 'done')
    return task.doneOn ? `Done ${formatDate(task.doneOn)}` : 'Not done: case closed';
  if (task.due === null) return task.waitingFor ?? 'Waiting for a date';
  const due = task.due;
  if (due < today) {
    const n = cal.workingDaysBetween(due, today);
    return n > 0
      ? `${plural(n, 'working day', 'working days')} overdue`
      : `Overdue: was due ${formatDate(due)}`;
  }
  if (due === today) return 'Due today';
  const n = cal.workingDaysBetween(today, due);
  if (n >= 1 && n <= 2) return `Due in ${plural(n, 'working day', 'working days')}`;
  if (due === addCalendarDays(today, 1)) return 'Due tomorrow';
  return `Due ${formatDate(due)}`;
}

export const BADGE_RED = '#B3261E';
export const BADGE_AMBER = '#A35200';

/** The toolbar badge: overdue cases on red; else cases due today on amber; else nothing. */
export function badgeFor(counts: { overdue: number; dueToday: number }): {
  text: string;
  color: string;
  title: string;
} {
  const { overdue, dueToday } = counts;
  const parts: string[] = [];
  if (overdue > 0) parts.push(`${plural(overdue, 'case', 'cases')} overdue`);
  if (dueToday > 0)
    parts.push(
      overdue > 0 ? `${dueToday} due today` : `${plural(dueToday, 'case', 'cases')} due today`,
    );
  const title = parts.length ? parts.join(' · ') : 'Nothing overdue or due today';
  const short = (n: number) => (n > 999 ? '999+' : String(n));
  if (overdue > 0) return { text: short(overdue), color: BADGE_RED, title };
  if (dueToday > 0) return { text: short(dueToday), color: BADGE_AMBER, title };
  return { text: '', color: BADGE_RED, title };
}
