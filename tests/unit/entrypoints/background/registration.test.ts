import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DETECTOR_SCRIPT_ID, syncRegistration } from '@/entrypoints/background/registration';

/** A small stand-in for chrome.scripting and chrome.permissions. */
function stubBrowser(granted: string[], manifestHosts: string[] = []) {
  let registered: Array<{ id: string; matches: string[] }> = [];
  const perms = new Set(granted);
  const scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) =>
      registered.filter((s) => ids.includes(s.id)),
    ),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => {
      registered = registered.filter((s) => !ids.includes(s.id));
    }),
    registerContentScripts: vi.fn(async (scripts: Array<{ id: string; matches: string[] }>) => {
      registered.push(...scripts);
    }),
  };
  const permissions = {
    contains: vi.fn(async ({ origins }: { origins: string[] }) =>
      origins.every((o) => perms.has(o)),
    ),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => {
      origins.forEach((o) => perms.delete(o));
      return true;
    }),
  };
  Object.assign(fakeBrowser, { scripting, permissions });
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    host_permissions: manifestHosts,
  } as never);
  return { scripting, permissions, perms, registered: () => registered };
}

async function setAddresses(addresses: string[]) {
  await fakeBrowser.storage.local.set({ settings: { mosaicAddresses: addresses } });
}

describe('detector registration', () => {
  beforeEach(() => fakeBrowser.reset());

  it('registers nothing while no address is set', async () => {
    const b = stubBrowser([]);
    expect(await syncRegistration()).toEqual({ registered: [], waiting: [] });
    expect(b.scripting.registerContentScripts).not.toHaveBeenCalled();
  });

  it('registers the detector for exactly the granted Mosaic address', async () => {
    const b = stubBrowser(['https://mosaic.council.gov.uk/*']);
    await setAddresses(['https://mosaic.council.gov.uk/web', 'https://other.council.gov.uk']);
    expect(await syncRegistration()).toEqual({
      registered: ['https://mosaic.council.gov.uk/*'],
      waiting: ['https://other.council.gov.uk/*'],
    });
    expect(b.scripting.registerContentScripts).toHaveBeenCalledWith([
      {
        id: DETECTOR_SCRIPT_ID,
        matches: ['https://mosaic.council.gov.uk/*'],
        js: ['content-scripts/detector.js'],
        allFrames: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
  });

  it('unregisters and gives the permission back when the address is removed', async () => {
    const b = stubBrowser(['https://mosaic.council.gov.uk/*']);
    await setAddresses(['https://mosaic.council.gov.uk']);
    await syncRegistration();
    expect(b.registered()).toHaveLength(1);

    await setAddresses([]);
    await syncRegistration();
    expect(b.registered()).toEqual([]);
    expect(b.permissions.remove).toHaveBeenCalledWith({
      origins: ['https://mosaic.council.gov.uk/*'],
    });
    expect(b.perms.has('https://mosaic.council.gov.uk/*')).toBe(false);
  });

  it('never takes back a permission granted just before its address is saved, nor one in the manifest', async () => {
    const local = 'http://127.0.0.1:4173/*';
    const b = stubBrowser(['https://new.council.gov.uk/*', local], [local]);
    await setAddresses(['http://127.0.0.1:4173']);
    await syncRegistration();
    expect(b.registered()).toEqual([expect.objectContaining({ matches: [local] })]);
    await setAddresses([]);
    await syncRegistration();
    expect(b.permissions.remove).not.toHaveBeenCalled();
    expect(b.perms.has('https://new.council.gov.uk/*')).toBe(true);
  });
});
