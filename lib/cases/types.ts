/**
 * Cases and their tasks (deadlines.md). A case record holds only what the checklist needs: the
 * Mosaic ID, the name as shown (or initials), the dates, the ticks.
 */
import * as z from 'zod/mini';
import { CASE_KINDS } from '../messages';

export { CASE_KINDS };
export type CaseKind = (typeof CASE_KINDS)[number];

export const CASE_KIND_NAMES: Record<CaseKind, string> = {
  reablement: 'Reablement assessment',
  ras: 'RAS assessment',
  'carers-assessment': "Carer's assessment",
  'carers-review': 'Carers Review',
};

export const TASK_STATUSES = [
  'done',
  'waiting',
  'overdue',
  'due-today',
  'due-soon',
  'upcoming',
] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Most urgent first: a case's status is its most urgent open task's. */
export const STATUS_ORDER: TaskStatus[] = [
  'overdue',
  'due-today',
  'due-soon',
  'upcoming',
  'waiting',
  'done',
];

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** A case as stored (one IndexedDB row). zod/mini: the background checks every row it reads. */
export const CaseRecordSchema = z.object({
  id: z.string().check(z.minLength(1)),
  personId: z.string().check(z.regex(/^\d{1,12}$/)),
  name: z.string().check(z.maxLength(200)),
  kind: z.enum(CASE_KINDS),
  /** A: date of allocation. */
  allocated: z.nullable(isoDate),
  /** V: date of the assessment home visit. */
  homeVisit: z.nullable(isoDate),
  /** S: date the Reablement service starts. */
  serviceStart: z.nullable(isoDate),
  /** Reablement: ongoing care needed (null: not known yet). */
  ongoingCare: z.nullable(z.boolean()),
  /** Carer's assessment: a one-off carer's payment. */
  oneOffPayment: z.boolean(),
  /** Carers Review: the scheduled date of the review. */
  reviewDate: z.nullable(isoDate),
  /** Task id → the date it was ticked done. */
  done: z.record(z.string(), isoDate),
  closedOn: z.nullable(isoDate),
  createdOn: isoDate,
  /** Earliest due date of the open tasks (kept up to date on every write; indexed for the badge). */
  nextDue: z.nullable(isoDate),
});
export type CaseRecord = z.infer<typeof CaseRecordSchema>;

export interface TaskView {
  id: string;
  description: string;
  /** yyyy-mm-dd, or null while waiting for its start date. */
  due: string | null;
  status: TaskStatus;
  doneOn: string | null;
  /** For a task that applies only in some cases, when: "If ongoing care is needed". */
  condition?: string;
  /** For a waiting task, what it waits for: "Waiting for the home visit date". */
  waitingFor?: string;
}

export interface CaseView {
  record: CaseRecord;
  tasks: TaskView[];
  /** The most urgent open task's status; 'done' when closed or everything is ticked. */
  status: TaskStatus;
  /** The most urgent open task, if any. */
  next: TaskView | null;
}
