/**
 * The libraries the sidebar uses, loaded into the page as scripts of their own before the
 * sidebar's (entrypoints/background/sidebar.ts), as is its core (CORE_SCRIPTS below): each script
 * is then parsed, compiled and run in a task of its own, each short enough not to hold up the
 * page (docs/performance.md).
 *
 * The libraries scripts (Preact in entrypoints/sidebar-libraries, zod/mini in
 * entrypoints/sidebar-zod) put them on one global object of the extension's isolated world, which the page cannot see; the
 * sidebar's build takes each module named here from that object instead of bundling it
 * (wxt.config.ts). React code in the sidebar runs on `preact/compat`.
 */

/** The global object holding the libraries, in the extension's isolated world only. */
export const LIBRARIES_GLOBAL = 'MosaicCompanionLibraries';

/** Each module the sidebar takes from the libraries script, and its name on the global object. */
export const SIDEBAR_LIBRARIES = {
  'preact/compat': 'compat',
  'preact/jsx-runtime': 'jsxRuntime',
  'zod/mini': 'zod',
} as const;

/** A library's name on LIBRARIES_GLOBAL. */
export type SidebarLibraryName = (typeof SIDEBAR_LIBRARIES)[keyof typeof SIDEBAR_LIBRARIES];

/**
 * The global object holding the modules of the sidebar's core, put there by its core scripts
 * (CORE_SCRIPTS), in the extension's isolated world only.
 */
export const CORE_GLOBAL = 'MosaicCompanionCore';

/**
 * The sidebar's core scripts, in the order the background loads them, after the libraries and
 * before the sidebar: the page reader's folder but the reader itself (entrypoints/sidebar-core),
 * the reader's index of the page, its texts, controls and labels (entrypoints/sidebar-index), the
 * reading of the fields and what builds on it (entrypoints/sidebar-reader), the eligibility
 * decision, the budget and what every rule shares (entrypoints/sidebar-decisions), the rules and
 * their registry (entrypoints/sidebar-rules), the modules the sidebar and its views both call
 * (entrypoints/sidebar-common), then the views (entrypoints/sidebar-views). Each takes the modules
 * of those before it from CORE_GLOBAL, as the sidebar takes them all (wxt.config.ts).
 */
export const CORE_SCRIPTS = [
  'sidebar-core',
  'sidebar-index',
  'sidebar-reader',
  'sidebar-decisions',
  'sidebar-rules',
  'sidebar-common',
  'sidebar-views',
] as const;
export type CoreScript = (typeof CORE_SCRIPTS)[number];

/** The modules of lib/page the sidebar does not use: the snapshot's zod schemas and the steps' finder. */
const NOT_IN_THE_PAGE = ['lib/page/snapshot.ts', 'lib/page/find-step.ts'];
/** The reading of the fields, from the reader's index, and what builds on it. */
const READING = [
  'lib/page/reader/fields/',
  'lib/page/reader/strategies/',
  'lib/page/reader/resolve.ts',
  'lib/page/reader/fresh.ts',
  'lib/page/reader/reading.ts',
  'lib/page/reader/session.ts',
  'lib/page/reader/index.ts',
  'lib/page/describe.ts',
  'lib/page/preview.ts',
  'lib/page/teach-candidates.ts',
];
/**
 * The eligibility decision, the budget and what every rule shares, in a script before the rules'
 * own. The rules (each a module's default export) stay in one script with their registry: a
 * default export taken from the global object would be the whole module
 * (tests/unit/core-script-imports.test.ts).
 */
const DECISIONS = [
  'lib/eligibility.ts',
  'lib/budget.ts',
  'lib/money.ts',
  'lib/rules/common/',
  'lib/rules/types.ts',
];
/** The sidebar's React views. */
const VIEWS = ['components/sidebar/'];
/**
 * The lib modules the sidebar uses beyond the core, and the sidebar's modules the views call (the
 * jump to a question, the teaching, the bridges to the background).
 */
const COMMON = [
  'lib/sidebar/',
  'lib/steps/',
  'lib/settings/defaults.ts',
  'lib/settings/received.ts',
  'lib/settings/taught-labels.ts',
  'lib/settings/taught-overrides.ts',
  'lib/focus.ts',
  'lib/sidebar-messages.ts',
  'entrypoints/sidebar/bridge.ts',
  'entrypoints/sidebar/case-bridge.ts',
  'entrypoints/sidebar/finish.ts',
  'entrypoints/sidebar/jump.ts',
  'entrypoints/sidebar/next-task.ts',
  'entrypoints/sidebar/page-dialog.ts',
  'entrypoints/sidebar/prefs.ts',
  'entrypoints/sidebar/step-actions.ts',
  'entrypoints/sidebar/teach.ts',
  'entrypoints/sidebar/teach-bridge.ts',
  'entrypoints/sidebar/teach-mode.ts',
];

/**
 * The core script that holds the module at `path` ("lib/page/reader/walk.ts",
 * "components/sidebar/App.tsx"); null for a module of none, bundled into each script that imports
 * it. The scripts' globs say the same, and the bundle budget test
 * (tests/unit/bundle-budget.test.ts) checks them against this.
 */
export function coreScriptOf(path: string): CoreScript | null {
  const p = path.replace(/^\/+/, '');
  const among = (list: string[]) => list.some((m) => (m.endsWith('/') ? p.startsWith(m) : p === m));
  if (!/\.tsx?$/.test(p) || among(NOT_IN_THE_PAGE)) return null;
  if (among(VIEWS)) return 'sidebar-views';
  if (among(COMMON)) return 'sidebar-common';
  if (among(READING)) return 'sidebar-reader';
  if (p.startsWith('lib/page/reader/')) return 'sidebar-index';
  if (p.startsWith('lib/page/')) return 'sidebar-core';
  if (among(DECISIONS)) return 'sidebar-decisions';
  if (p.startsWith('lib/rules/')) return 'sidebar-rules';
  return null;
}

/**
 * A core module's name on CORE_GLOBAL, from its path in the project ("lib/page/text.ts" is
 * "lib_page_text").
 */
export function coreName(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/\.tsx?$/, '')
    .replace(/[^A-Za-z0-9]/g, '_');
}

/**
 * Adds `entries` to the global object `name` of the extension's isolated world (made if missing),
 * for a script loaded later: each libraries and core script adds its part.
 */
export function addToGlobal(name: string, entries: Record<string, object>): void {
  const world = globalThis as Record<string, unknown>;
  world[name] = { ...(world[name] as object | undefined), ...entries };
}

/** Adds the modules of a core script (by their paths, as `import.meta.glob` gives them) to CORE_GLOBAL. */
export function addCoreModules(modules: Record<string, object>): void {
  addToGlobal(
    CORE_GLOBAL,
    Object.fromEntries(Object.entries(modules).map(([path, module]) => [coreName(path), module])),
  );
}

/**
 * The sidebar's scripts, in the order the background loads them (one call each): its libraries
 * (Preact, then zod/mini), its core scripts (CORE_SCRIPTS), then the sidebar.
 */
export const SIDEBAR_SCRIPTS = [
  '/sidebar-libraries.js',
  '/sidebar-zod.js',
  ...CORE_SCRIPTS.map((name) => `/${name}.js` as const),
  '/sidebar.js',
] as const;
