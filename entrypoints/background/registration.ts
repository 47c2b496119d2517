/**
 * Least privilege: the extension runs on no site until a Mosaic address is set. For each address
 * of the effective settings whose host permission has been granted (by the worker from the options
 * page, or by the organisation's policy), the detector content script is registered dynamically.
 * Addresses that are removed are unregistered and their permission is given back.
 *
 * Synced after install or update, at browser start, when settings change and when host
 * permissions are granted or removed.
 */
import { addressPatterns } from '@/lib/settings/address';
import { getEffectiveSettings, onSettingsChanged } from './settings';

export const DETECTOR_SCRIPT_ID = 'mc-detector';
const DETECTOR_FILE = 'content-scripts/detector.js';

async function granted(pattern: string): Promise<boolean> {
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Host permissions that come from the manifest itself (test and demo builds) cannot be given back. */
function manifestHosts(): Set<string> {
  const m = browser.runtime.getManifest() as {
    host_permissions?: string[];
    permissions?: string[];
  };
  return new Set([...(m.host_permissions ?? []), ...(m.permissions ?? [])]);
}

export interface SyncResult {
  /** Match patterns the detector is registered for. */
  registered: string[];
  /** Match patterns of set addresses still waiting for permission. */
  waiting: string[];
}

async function syncNow(): Promise<SyncResult> {
  const settings = await getEffectiveSettings();
  const wanted = addressPatterns(settings.mosaicAddresses);
  const ok: string[] = [];
  const waiting: string[] = [];
  for (const p of wanted) ((await granted(p)) ? ok : waiting).push(p);

  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [DETECTOR_SCRIPT_ID],
  });
  if (existing.length)
    await browser.scripting.unregisterContentScripts({ ids: [DETECTOR_SCRIPT_ID] });
  if (ok.length) {
    await browser.scripting.registerContentScripts([
      {
        id: DETECTOR_SCRIPT_ID,
        matches: ok,
        js: [DETECTOR_FILE],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  }

  // Give back the host permissions of addresses that were registered before and are no longer set.
  // (Only those: a permission granted a moment before its address is saved must not be taken back.)
  const fixed = manifestHosts();
  const stale = (existing[0]?.matches ?? []).filter((p) => !wanted.includes(p) && !fixed.has(p));
  if (stale.length) await browser.permissions.remove({ origins: stale }).catch(() => false);

  return { registered: ok, waiting };
}

let queue: Promise<unknown> = Promise.resolve();

/** Brings the registration in line with the settings and permissions; calls run one after another. */
export function syncRegistration(): Promise<SyncResult> {
  const next = queue.then(syncNow);
  queue = next.catch((error: unknown) =>
    console.error('Mosaic Companion: registering the Mosaic address failed', error),
  );
  return next;
}

export function registerRegistration(): void {
  browser.runtime.onInstalled.addListener(() => void syncRegistration().catch(() => {}));
  browser.runtime.onStartup.addListener(() => void syncRegistration().catch(() => {}));
  browser.permissions.onAdded.addListener(() => void syncRegistration().catch(() => {}));
  browser.permissions.onRemoved.addListener(() => void syncRegistration().catch(() => {}));
  onSettingsChanged(async () => {
    await syncRegistration();
  });
}
