/**
 * Casework steps in the background: the case panel's messages, and keeps the council's step names where the detector can read
 * them cheaply (storage.local, `STEP_LIST_KEY`), as a short list of [name, case type], whenever
 * the worker starts, the extension is installed or updated, and the settings change.
 */
import { casesForPanel, tickTasks, trackFromStep } from '@/lib/db/steps';
import { storeFailure } from '@/lib/db/errors';
import { recordSighting } from '@/lib/db/sightings';
import { STEP_LIST_KEY, stepList } from '@/lib/steps/names';
import { db, refreshBadge, storeContext, tellCasesChanged } from './deadlines';
import { handle } from './router';
import { getEffectiveSettings, onSettingsChanged } from './settings';

export async function writeStepList(): Promise<void> {
  const settings = await getEffectiveSettings();
  await browser.storage.local.set({ [STEP_LIST_KEY]: stepList(settings.stepNames) });
}

function quietly(): Promise<void> {
  return writeStepList().catch((error: unknown) =>
    console.error('Mosaic Companion: keeping the step names for the detector failed', error),
  );
}

export function registerSteps(): void {
  browser.runtime.onInstalled.addListener(() => void quietly());
  onSettingsChanged(quietly);
  void quietly();
  registerCasePanel();
}

/** Logs and swallows: the badge is refreshed again within a minute by its alarm anyway. */
function refreshQuietly(): Promise<void> {
  return refreshBadge().then(
    () => undefined,
    (error: unknown) => console.error('Mosaic Companion deadlines:', error),
  );
}

/**
 * The case panel's messages: the person's cases, tracking from a step (the checklist's "Found in
 * Mosaic" tracks with it too), the step seen, ticks offered by a step.
 */
export function registerCasePanel(): void {
  handle('person-cases', async (msg) => ({
    ok: true,
    cases: await casesForPanel(db(), msg.personId, await storeContext()),
  }));

  handle('track-step-case', async (msg) => {
    const result = await trackFromStep(
      db(),
      { personId: msg.personId, name: msg.name, kind: msg.kind, allocated: msg.allocated },
      await storeContext(),
    );
    if (result.ok && !result.existed) {
      tellCasesChanged();
      await refreshQuietly();
    }
    return result;
  });

  handle('step-seen', async (msg) => {
    if (await recordSighting(db(), msg, await storeContext())) tellCasesChanged();
    return { ok: true };
  });

  handle('tick-tasks', async (msg) => {
    let changed: string[];
    try {
      changed = await tickTasks(db(), msg.caseId, msg.taskIds, msg.done, await storeContext());
    } catch (error) {
      return { ok: false, message: storeFailure(error).message };
    }
    if (changed.length) {
      tellCasesChanged();
      await refreshQuietly();
    }
    return { ok: true, changed };
  });
}
