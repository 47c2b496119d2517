/**
 * The background's answer to a checklist's tick, played against a test's own store: the write of
 * `tick-task` in entrypoints/background/deadlines.ts (tested there), without the badge, and a failure
 * worded as the checklist words the background's reply. For the checklist's tests, which render it
 * without a background.
 */
import { vi } from 'vitest';
import { createCalendar } from '@/lib/calendar';
import type { CaseDb } from '@/lib/db';
import { tickTask } from '@/lib/db/cases';
import { changeErrorMessage } from '@/lib/db/errors';
import { trackFromStep } from '@/lib/db/steps';
import type { ChecklistServices, TickResult } from '@/entrypoints/popup/services';

export function backgroundTick(db: CaseDb, today: string) {
  return vi.fn(async (caseId: string, taskId: string, done: boolean): Promise<TickResult> => {
    try {
      await tickTask(db, caseId, taskId, done ? today : null, {
        today,
        cal: createCalendar(),
        initialsOnly: false,
      });
      return { ok: true };
    } catch (error) {
      return { ok: false, error: changeErrorMessage(error) };
    }
  });
}

/** The background's answer to Found in Mosaic's Track: `track-step-case`, against the test's store. */
export function backgroundTrack(db: CaseDb, today: string) {
  return vi.fn<ChecklistServices['track']>((input) =>
    trackFromStep(db, input, { today, cal: createCalendar(), initialsOnly: false }),
  );
}
