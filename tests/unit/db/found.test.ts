/**
 * "Found in Mosaic": a casework step seen untracked is recorded once per person and case type
 * (lib/db/sightings.ts), offered in the checklist for 14 days while its case is not tracked and it
 * is not dismissed (lib/db/found.ts), and purged after 14 days (or the retention setting, if fewer).
 */
import { describe, expect, it } from 'vitest';
import type { CaseDb } from '@/lib/db';
import { addCase, closeCase, listCases } from '@/lib/db/cases';
import { dismissFound, foundFrom, listFound } from '@/lib/db/found';
import { FOUND_DAYS, purgeSightings, recordSighting, type StepSeen } from '@/lib/db/sightings';
import { trackFromStep } from '@/lib/db/steps';
import { ctx, dbPerTest } from './helpers';

/** A fresh database of its own on each call, closed after the test. */
const db = dbPerTest();

const TODAY = '2026-11-26';
const RAS: StepSeen = {
  personId: '3300202',
  name: '  Bella   Sample ',
  kind: 'ras',
  stepName: 'RAS assessment',
  allocated: '2026-11-24',
};
const CARER: StepSeen = {
  personId: '2204451',
  name: 'Dee Carer',
  kind: 'carers-assessment',
  stepName: 'Carers assessment',
  allocated: null,
};
const RETENTION = 90;

const found = (d: CaseDb, today = TODAY, retention = RETENTION) => listFound(d, today, retention);

describe('recording a step seen', () => {
  it('keeps only the person, the name as shown, the step, the date seen and the stamp', async () => {
    const d = db();
    expect(await recordSighting(d, RAS, ctx(TODAY))).toBe(true);
    expect(await d.sightings.toArray()).toEqual([
      {
        personId: '3300202',
        kind: 'ras',
        name: 'Bella Sample',
        stepName: 'RAS assessment',
        seenOn: TODAY,
        allocated: '2026-11-24',
        dismissedOn: null,
      },
    ]);
  });

  it('keeps initials only when the names setting says so', async () => {
    const d = db();
    await recordSighting(d, RAS, ctx(TODAY, { initialsOnly: true }));
    expect((await found(d))[0].name).toBe('B. S.');
  });

  it('keeps one row per person and case type, with the latest date seen and stamp', async () => {
    const d = db();
    await recordSighting(d, RAS, ctx('2026-11-20'));
    await recordSighting(d, { ...RAS, allocated: null }, ctx(TODAY));
    await recordSighting(
      d,
      { ...RAS, kind: 'reablement', stepName: 'Reablement assessment' },
      ctx(TODAY),
    );
    await recordSighting(d, CARER, ctx(TODAY));
    await recordSighting(d, CARER, ctx(TODAY)); // the same step again the same day
    expect(await d.sightings.count()).toBe(3);
    const ras = (await found(d)).find((f) => f.kind === 'ras')!;
    expect(ras).toMatchObject({ seenOn: TODAY, allocated: null });
  });

  it('keeps nothing for a case already tracked, and forgets what it had', async () => {
    const d = db();
    await recordSighting(d, CARER, ctx('2026-11-20'));
    await addCase(d, { ...CARER, allocated: '2026-11-19' }, ctx(TODAY));
    expect(await recordSighting(d, CARER, ctx(TODAY))).toBe(false);
    expect(await d.sightings.count()).toBe(0);
  });
});

describe('what the checklist offers', () => {
  it('is not offered once tracked: tracking (from the checklist or the step) removes the row', async () => {
    const d = db();
    await recordSighting(d, RAS, ctx(TODAY));
    await recordSighting(d, CARER, ctx(TODAY));
    expect((await found(d)).map((f) => f.kind)).toEqual(['ras', 'carers-assessment']); // by name
    const r = await trackFromStep(d, { ...RAS, allocated: '2026-11-24' }, ctx(TODAY));
    expect(r.ok).toBe(true);
    expect((await found(d)).map((f) => f.kind)).toEqual(['carers-assessment']);
    expect(await d.sightings.get([RAS.personId, 'ras'])).toBeUndefined();
  });

  it('is not offered while a case added by hand is open, and is again once it is closed', async () => {
    const d = db();
    await recordSighting(d, CARER, ctx(TODAY));
    const added = await addCase(d, { ...CARER, allocated: '2026-11-19' }, ctx(TODAY));
    expect(await found(d)).toEqual([]);
    if (added.ok) await closeCase(d, added.record.id, ctx(TODAY));
    expect(await found(d)).toHaveLength(1);
  });

  it('shows steps seen in the last 14 days only', async () => {
    const d = db();
    expect(FOUND_DAYS).toBe(14);
    await recordSighting(d, RAS, ctx('2026-11-12')); // 14 days before
    await recordSighting(d, CARER, ctx('2026-11-11')); // 15 days before
    expect((await found(d)).map((f) => f.personId)).toEqual([RAS.personId]);
    expect(await found(d, '2026-11-27')).toEqual([]);
  });

  it('shows fewer days when closed cases are kept for fewer', async () => {
    const d = db();
    await recordSighting(d, RAS, ctx('2026-11-20'));
    expect(foundFrom(TODAY, 5)).toBe('2026-11-21');
    expect(await found(d, TODAY, 5)).toEqual([]);
    expect(await found(d, TODAY, 6)).toHaveLength(1);
  });

  it('skips a row that does not match the schema', async () => {
    const d = db();
    await recordSighting(d, CARER, ctx(TODAY));
    await d.sightings.put({ personId: '12x', kind: 'ras', seenOn: TODAY, name: 'Bad' });
    await d.sightings.put({ personId: '77', kind: 'ras', seenOn: '2026-13-01', name: 'Bad' });
    expect((await found(d)).map((f) => f.personId)).toEqual([CARER.personId]);
  });
});

describe('Dismiss', () => {
  it('removes it from the list; seen again within 14 days, it stays dismissed', async () => {
    const d = db();
    await recordSighting(d, RAS, ctx('2026-11-20'));
    await recordSighting(d, CARER, ctx(TODAY));
    await dismissFound(d, RAS.personId, 'ras', TODAY);
    expect((await found(d)).map((f) => f.kind)).toEqual(['carers-assessment']);
    await recordSighting(d, RAS, ctx('2026-12-04'));
    expect((await found(d, '2026-12-04')).map((f) => f.kind)).toEqual(['carers-assessment']);
  });

  it('holds for 14 days: opened again after that, the step is offered again', async () => {
    const d = db();
    await recordSighting(d, RAS, ctx(TODAY));
    await dismissFound(d, RAS.personId, 'ras', TODAY);
    expect(await found(d, '2026-12-10')).toEqual([]); // dismissed 14 days before: still held
    await recordSighting(d, RAS, ctx('2026-12-11'));
    expect((await found(d, '2026-12-11')).map((f) => f.kind)).toEqual(['ras']);
  });

  it('says so when the row is gone', async () => {
    const d = db();
    await expect(dismissFound(d, RAS.personId, 'ras', TODAY)).rejects.toThrow(/no longer/);
  });
});

describe('purging', () => {
  it('deletes rows neither seen nor dismissed in the days kept, and rows that are not sightings', async () => {
    const d = db();
    await recordSighting(d, RAS, ctx('2026-11-01'));
    await dismissFound(d, RAS.personId, 'ras', '2026-11-20'); // dismissed lately: kept
    await recordSighting(d, CARER, ctx('2026-11-11')); // 15 days before: deleted
    await recordSighting(d, { ...CARER, kind: 'carers-review' }, ctx('2026-11-12')); // 14: kept
    await d.sightings.put({ personId: '9', kind: 'ras', seenOn: 7 });
    expect(await purgeSightings(d, FOUND_DAYS, TODAY)).toBe(2);
    expect((await d.sightings.toCollection().primaryKeys()).sort()).toEqual([
      [CARER.personId, 'carers-review'],
      [RAS.personId, 'ras'],
    ]);
    expect(await purgeSightings(d, 5, TODAY)).toBe(2);
    expect(await d.sightings.count()).toBe(0);
    expect((await listCases(d)).records).toEqual([]);
  });
});
