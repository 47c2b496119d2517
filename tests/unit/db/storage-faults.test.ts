/**
 * IndexedDB failing under the case store (fake-indexeddb): a quota error on a write, and a corrupt
 * row. The failed write changes nothing, every other case is kept, and the store still works.
 */
import { describe, expect, it, vi } from 'vitest';
import { addCase, listCases, tickTask } from '@/lib/db/cases';
import { ctx, freshDb, record, cal } from './helpers';
import { withNextDue } from '@/lib/db/cases';

const TODAY = '2026-11-23';

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('the case store when IndexedDB fails', () => {
  it('a quota error on adding a case stores nothing, loses nothing, and the next add works', async () => {
    const { db } = freshDb('quota-add');
    const first = await addCase(
      db,
      { personId: '1001', name: 'Ann Example', kind: 'ras', allocated: '2026-11-02' },
      ctx(TODAY),
    );
    expect(first.ok).toBe(true);
    const before = await listCases(db);

    const spy = vi
      .spyOn(db.cases, 'add')
      .mockImplementationOnce(() => Promise.reject(quotaError()) as never);
    await expect(
      addCase(
        db,
        { personId: '1002', name: 'Bea Carer', kind: 'ras', allocated: '2026-11-02' },
        ctx(TODAY),
      ),
    ).rejects.toThrow(/quota/i);
    spy.mockRestore();
    expect(await listCases(db)).toEqual(before);

    const again = await addCase(
      db,
      { personId: '1002', name: 'Bea Carer', kind: 'ras', allocated: '2026-11-02' },
      ctx(TODAY),
    );
    expect(again.ok).toBe(true);
    expect((await listCases(db)).records.map((r) => r.personId).sort()).toEqual(['1001', '1002']);
    db.close();
  });

  it('a quota error on ticking a task leaves the case as it was', async () => {
    const { db } = freshDb('quota-tick');
    const added = await addCase(
      db,
      { personId: '1001', name: 'Ann Example', kind: 'ras', allocated: '2026-11-02' },
      ctx(TODAY),
    );
    if (!added.ok) throw new Error('not added');
    const before = await listCases(db);
    const spy = vi
      .spyOn(db.cases, 'put')
      .mockImplementation(() => Promise.reject(quotaError()) as never);
    await expect(
      tickTask(db, added.record.id, 'initial-contact', TODAY, ctx(TODAY)),
    ).rejects.toThrow();
    spy.mockRestore();
    expect(await listCases(db)).toEqual(before);
    db.close();
  });

  it('a corrupt row is skipped and counted; the other cases are listed and can still change', async () => {
    const { db } = freshDb('corrupt');
    const good = withNextDue(
      record('ras', { id: 'good', personId: '1001', allocated: '2026-11-02' }),
      cal,
    );
    await db.cases.bulkPut(
      [
        good,
        { id: 'bad', personId: 12, kind: 'ras', done: 'yes' },
        'not even an object' as never,
      ].map((r, i) => (typeof r === 'string' ? { id: `s${i}`, value: r } : r)),
    );
    const listed = await listCases(db);
    expect(listed.records.map((r) => r.id)).toEqual(['good']);
    expect(listed.corrupt).toBe(2);
    await tickTask(db, 'good', 'initial-contact', TODAY, ctx(TODAY));
    expect((await listCases(db)).records[0].done).toHaveProperty('initial-contact', TODAY);
    db.close();
  });
});
