/**
 * The checklist's cases grouped by how urgent the next task is (most urgent group first, and in
 * each the earliest due first), or what to do when there is no open case; then the closed cases,
 * folded away.
 */
import { useMemo, type ReactNode } from 'react';
import type { CaseView, TaskStatus } from '@/lib/cases/types';

type GroupId = Exclude<TaskStatus, 'done'> | 'all-done' | 'closed';

const GROUPS: { id: GroupId; title: string }[] = [
  { id: 'overdue', title: 'Overdue' },
  { id: 'due-today', title: 'Due today' },
  { id: 'due-soon', title: 'Due soon' },
  { id: 'upcoming', title: 'Upcoming' },
  { id: 'waiting', title: 'Waiting' },
  { id: 'all-done', title: 'Every task done' },
];

function groupOf(view: CaseView): GroupId {
  if (view.record.closedOn !== null) return 'closed';
  return view.status === 'done' ? 'all-done' : view.status;
}

function byUrgency(a: CaseView, b: CaseView): number {
  const da = a.next?.due ?? '9999-12-31';
  const db = b.next?.due ?? '9999-12-31';
  return (
    da.localeCompare(db) ||
    a.record.name.localeCompare(b.record.name) ||
    a.record.personId.localeCompare(b.record.personId)
  );
}

export function CaseGroups({
  views,
  retentionDays,
  renderCase,
}: {
  views: CaseView[];
  retentionDays: number;
  renderCase: (view: CaseView) => ReactNode;
}) {
  const grouped = useMemo(() => {
    const map = new Map<GroupId, CaseView[]>();
    for (const v of views) {
      const g = groupOf(v);
      map.set(g, [...(map.get(g) ?? []), v]);
    }
    for (const list of map.values()) list.sort(byUrgency);
    return map;
  }, [views]);
  const closed = grouped.get('closed') ?? [];
  const openCount = views.length - closed.length;

  return (
    <>
      {openCount === 0 ? (
        <div className="mc-empty">
          <h2>No open cases</h2>
          <p>
            Add a case below with the person&rsquo;s Mosaic ID and the date it was allocated to you.
            The checklist then shows each step and when it is due, counting working days, and the
            toolbar button shows how many cases are overdue.
          </p>
          <p>
            In Mosaic, on a casework step, you can also choose &ldquo;Track this case&rdquo; in the
            sidebar; steps you open without tracking them are listed here under &ldquo;Found in
            Mosaic&rdquo;. Finishing a step with a Carers Review next action adds the review here.
          </p>
        </div>
      ) : null}
      {GROUPS.map(({ id, title }) => {
        const list = grouped.get(id);
        if (!list?.length) return null;
        return (
          <section
            key={id}
            className={`mc-group mc-group-${id}`}
            aria-labelledby={`mc-group-${id}`}
          >
            <h2 id={`mc-group-${id}`}>
              {title} <span className="mc-count">({list.length})</span>
            </h2>
            <ul className="mc-cases">{list.map(renderCase)}</ul>
          </section>
        );
      })}
      {closed.length > 0 ? (
        <details className="mc-group mc-group-closed">
          <summary>
            <h2>Closed cases ({closed.length})</h2>
          </summary>
          <p className="mc-hint">Closed cases are deleted {retentionDays} days after closing.</p>
          <ul className="mc-cases">{closed.map(renderCase)}</ul>
        </details>
      ) : null}
    </>
  );
}
