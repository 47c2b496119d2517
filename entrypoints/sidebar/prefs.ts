/** The worker's sidebar preferences, remembered across pages in storage.local. */

export type Dock = 'left' | 'right';

export interface Prefs {
  collapsed: boolean;
  dock: Dock;
  /** Outline every question with an error on the page itself. */
  outline: boolean;
}

export const DEFAULT_PREFS: Prefs = { collapsed: false, dock: 'right', outline: false };

const KEY = 'sidebar.prefs';

export function parsePrefs(raw: unknown): Prefs {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  return {
    collapsed: typeof r.collapsed === 'boolean' ? r.collapsed : DEFAULT_PREFS.collapsed,
    dock: r.dock === 'left' || r.dock === 'right' ? r.dock : DEFAULT_PREFS.dock,
    outline: typeof r.outline === 'boolean' ? r.outline : DEFAULT_PREFS.outline,
  };
}

export async function loadPrefs(): Promise<Prefs> {
  try {
    const got = await browser.storage.local.get(KEY);
    return parsePrefs(got[KEY]);
  } catch {
    return DEFAULT_PREFS;
  }
}

export async function savePrefs(p: Prefs): Promise<void> {
  try {
    await browser.storage.local.set({ [KEY]: p });
  } catch {
    // Preferences are a convenience: the sidebar works without them.
  }
}
