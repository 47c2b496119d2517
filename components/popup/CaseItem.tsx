/**
 * One case in the checklist: who, what, the next task and when it is due; expanded, its tasks with
 * a checkbox each, its dates, and close / reopen / delete.
 */
import { useState, type FormEvent } from 'react';
import { describeDue } from '@/lib/deadlines';
import type { WorkingCalendar } from '@/lib/calendar';
import { CASE_KIND_NAMES, type CaseRecord, type CaseView, type TaskView } from '@/lib/cases/types';
import { ErrorSummary, InlineError, type FieldError } from '../shared/ErrorSummary';
import { longDate, shortDate } from '@/lib/dates-in-words';

export interface CaseActions {
  tick(caseId: string, taskId: string, done: boolean): Promise<void>;
  update(caseId: string, patch: Partial<CaseRecord>): Promise<{ field: string; message: string }[]>;
  close(caseId: string): Promise<void>;
  reopen(caseId: string): Promise<void>;
  remove(caseId: string): Promise<void>;
  toggle(caseId: string): void;
}

interface Props {
  view: CaseView;
  today: string;
  cal: WorkingCalendar;
  expanded: boolean;
  personAddressPattern: string;
  actions: CaseActions;
}

const STATUS_WORDS: Record<string, string> = {
  overdue: 'Overdue',
  'due-today': 'Due today',
  'due-soon': 'Due soon',
  upcoming: 'Upcoming',
  waiting: 'Waiting',
  done: 'Done',
};

/** A failed write is already shown to the worker by the checklist. */
const shown = () => undefined;

/** The person's page in Mosaic, when the council set the address pattern and it is a web address. */
export function personAddress(pattern: string, personId: string): string | null {
  if (!pattern.includes('{id}')) return null;
  const address = pattern.split('{id}').join(encodeURIComponent(personId));
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function dueWords(task: TaskView, today: string, cal: WorkingCalendar): string {
  if (task.status === 'done') return task.doneOn ? `Done on ${shortDate(task.doneOn)}` : 'Done';
  return describeDue(task, today, cal);
}

export function CaseItem({ view, today, cal, expanded, personAddressPattern, actions }: Props) {
  const { record, next } = view;
  const closed = record.closedOn !== null;
  const id = record.id;
  const panelId = `mc-case-${id}-details`;
  const link = personAddress(personAddressPattern, record.personId);
  const title = record.name
    ? `${record.name} (${record.personId})`
    : `Mosaic ID ${record.personId}`;
  return (
    <li
      className={`mc-case mc-status-${view.status}`}
      data-testid="mc-case"
      data-person-id={record.personId}
      data-kind={record.kind}
      data-status={view.status}
      data-closed={closed ? 'true' : 'false'}
    >
      <h3 className="mc-case-heading">
        <button
          type="button"
          className="mc-case-toggle"
          aria-expanded={expanded}
          aria-controls={panelId}
          id={`mc-case-${id}-toggle`}
          onClick={() => actions.toggle(id)}
        >
          <span className="mc-case-person">{title}</span>
          <span className="mc-case-kind">{CASE_KIND_NAMES[record.kind]}</span>
        </button>
      </h3>
      <p className="mc-case-next">
        {closed ? (
          <>Closed on {shortDate(record.closedOn!)}</>
        ) : next ? (
          <>
            <span className={`mc-tag mc-tag-${next.status}`}>{STATUS_WORDS[next.status]}</span>{' '}
            <span>{next.description}</span>
            {': '}
            <strong>{dueWords(next, today, cal)}</strong>
            {next.due ? (
              <span className="mc-due-date">
                {' '}
                · due <time dateTime={next.due}>{longDate(next.due)}</time>
              </span>
            ) : null}
          </>
        ) : (
          <>Every task is done. Close the case when you have finished with it.</>
        )}
      </p>
      {expanded ? (
        <div id={panelId} className="mc-case-details">
          <ul className="mc-tasks" aria-label={`Tasks for ${title}`}>
            {view.tasks.map((task) => (
              <TaskRow
                key={task.id}
                caseId={id}
                task={task}
                today={today}
                cal={cal}
                closed={closed}
                actions={actions}
              />
            ))}
          </ul>
          {closed ? null : <CaseDates record={record} actions={actions} />}
          <div className="mc-case-actions">
            {link ? (
              <a href={link} target="_blank" rel="noopener noreferrer">
                Open {record.name || record.personId} in Mosaic
                <span className="mc-visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : null}
            {closed ? (
              <button type="button" onClick={() => void actions.reopen(id).catch(shown)}>
                Reopen case
              </button>
            ) : (
              <button type="button" onClick={() => void actions.close(id).catch(shown)}>
                Close case
              </button>
            )}
            <DeleteCase caseId={id} title={title} actions={actions} />
          </div>
        </div>
      ) : null}
    </li>
  );
}

function TaskRow({
  caseId,
  task,
  today,
  cal,
  closed,
  actions,
}: {
  caseId: string;
  task: TaskView;
  today: string;
  cal: WorkingCalendar;
  closed: boolean;
  actions: CaseActions;
}) {
  const boxId = `mc-task-${caseId}-${task.id}`;
  const done = task.status === 'done';
  // Shown ticked (or not) at once, while the store is written: a tick holds only over the stored
  // state it was made on, and once that state changes the stored state wins.
  const stored = `${done}|${task.doneOn ?? ''}`;
  const [optimistic, setOptimistic] = useState<{ checked: boolean; over: string } | null>(null);
  if (optimistic && optimistic.over !== stored) setOptimistic(null);
  const ticked = optimistic?.over === stored ? optimistic.checked : done;
  return (
    <li
      className={`mc-task mc-status-${task.status}`}
      data-testid="mc-task"
      data-task={task.id}
      data-status={task.status}
      data-due={task.due ?? ''}
    >
      <input
        type="checkbox"
        id={boxId}
        checked={ticked}
        disabled={closed}
        aria-describedby={`${boxId}-due`}
        onChange={(e) => {
          const checked = e.currentTarget.checked;
          setOptimistic({ checked, over: stored });
          actions.tick(caseId, task.id, checked).catch(() => setOptimistic(null));
        }}
      />
      <label htmlFor={boxId}>{task.description}</label>
      <span id={`${boxId}-due`} className="mc-task-due">
        {task.condition ? <span className="mc-task-condition">{task.condition}. </span> : null}
        {done
          ? task.doneOn
            ? `done on ${shortDate(task.doneOn)}`
            : 'not ticked before the case was closed'
          : dueWords(task, today, cal)}
        {!done && task.due ? ` · due ${shortDate(task.due)}` : ''}
      </span>
    </li>
  );
}

type DateField = 'allocated' | 'homeVisit' | 'serviceStart' | 'reviewDate';

const DATE_LABELS: Record<DateField, string> = {
  allocated: 'Allocated on',
  homeVisit: 'Home visit on',
  serviceStart: 'Service started on',
  reviewDate: 'Review due on',
};

function fieldsFor(kind: CaseRecord['kind']): DateField[] {
  if (kind === 'carers-review') return ['reviewDate'];
  if (kind === 'reablement') return ['allocated', 'homeVisit', 'serviceStart'];
  return ['allocated', 'homeVisit'];
}

/** The case's dates (and the yes/no answers that change its tasks), changed and saved together. */
function CaseDates({ record, actions }: { record: CaseRecord; actions: CaseActions }) {
  const prefix = `mc-case-${record.id}`;
  const [errors, setErrors] = useState<FieldError[]>([]);
  const fields = fieldsFor(record.kind);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const patch: Partial<CaseRecord> = {};
    const found: FieldError[] = [];
    for (const f of fields) {
      const input = form.elements.namedItem(f) as HTMLInputElement;
      if (input.validity?.badInput)
        found.push({
          target: `${prefix}-${f}`,
          message: `Enter a real date for “${DATE_LABELS[f]}”.`,
        });
      patch[f] = input.value === '' ? null : input.value;
    }
    if (record.kind === 'reablement') {
      const v = (form.elements.namedItem('ongoingCare') as HTMLSelectElement).value;
      patch.ongoingCare = v === 'yes' ? true : v === 'no' ? false : null;
    }
    if (record.kind === 'carers-assessment') {
      patch.oneOffPayment = (form.elements.namedItem('oneOffPayment') as HTMLInputElement).checked;
    }
    if (found.length > 0) {
      setErrors(found);
      return;
    }
    let problems: { field: string; message: string }[];
    try {
      problems = await actions.update(record.id, patch);
    } catch {
      return; // the checklist shows what went wrong
    }
    setErrors(problems.map((p) => ({ target: `${prefix}-${p.field}`, message: p.message })));
  }

  const messageFor = (f: string) => errors.find((e) => e.target === `${prefix}-${f}`)?.message;
  const describedBy = (f: string, hint?: string) =>
    [hint, messageFor(f) ? `${prefix}-${f}-error` : null].filter(Boolean).join(' ') || undefined;

  return (
    <form
      className="mc-case-dates"
      onSubmit={submit}
      noValidate
      aria-label={`Dates for ${record.name || record.personId}`}
    >
      <ErrorSummary id={`${prefix}-errors`} errors={errors} />
      {fields.map((f) => (
        <div className="mc-field" key={f}>
          <label htmlFor={`${prefix}-${f}`}>{DATE_LABELS[f]}</label>
          <InlineError id={`${prefix}-${f}-error`} message={messageFor(f)} />
          <input
            type="date"
            id={`${prefix}-${f}`}
            name={f}
            defaultValue={record[f] ?? ''}
            aria-invalid={messageFor(f) ? true : undefined}
            aria-describedby={describedBy(f)}
          />
        </div>
      ))}
      {record.kind === 'reablement' ? (
        <div className="mc-field">
          <label htmlFor={`${prefix}-ongoingCare`}>Ongoing care after Reablement</label>
          <select
            id={`${prefix}-ongoingCare`}
            name="ongoingCare"
            defaultValue={record.ongoingCare === null ? '' : record.ongoingCare ? 'yes' : 'no'}
          >
            <option value="">Not known yet</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </div>
      ) : null}
      {record.kind === 'carers-assessment' ? (
        <div className="mc-field mc-check">
          <input
            type="checkbox"
            id={`${prefix}-oneOffPayment`}
            name="oneOffPayment"
            defaultChecked={record.oneOffPayment}
          />
          <label htmlFor={`${prefix}-oneOffPayment`}>Carer&rsquo;s payment (one-off) agreed</label>
        </div>
      ) : null}
      <button type="submit">Save dates</button>
    </form>
  );
}

function DeleteCase({
  caseId,
  title,
  actions,
}: {
  caseId: string;
  title: string;
  actions: CaseActions;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" className="mc-secondary" onClick={() => setAsking(true)}>
        Delete case
      </button>
    );
  return (
    <span role="group" aria-label="Confirm deletion" className="mc-confirm">
      <span>Delete {title} for good?</span>{' '}
      <button
        type="button"
        className="mc-warning"
        autoFocus
        onClick={() => void actions.remove(caseId).catch(shown)}
      >
        Yes, delete
      </button>{' '}
      <button type="button" onClick={() => setAsking(false)}>
        Keep it
      </button>
    </span>
  );
}
