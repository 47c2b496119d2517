/**
 * The libraries the sidebar uses, loaded into the page as a script of their own before the
 * sidebar's (entrypoints/background/sidebar.ts), as is its core (entrypoints/sidebar-core): each
 * script is then parsed and compiled in a task of its own, each short enough not to hold up the
 * page (docs/performance.md).
 *
 * The libraries script puts them on one global object of the extension's isolated world, which
 * the page cannot see; the sidebar's build takes each module named here from that object instead
 * of bundling it (wxt.config.ts). React code in the sidebar runs on `preact/compat`.
 */

/** The global object holding the libraries, in the extension's isolated world only. */
export const LIBRARIES_GLOBAL = 'MosaicCompanionLibraries';

/** Each module the sidebar takes from the libraries script, and its name on the global object. */
export const SIDEBAR_LIBRARIES = {
  'preact/compat': 'compat',
  'preact/jsx-runtime': 'jsxRuntime',
  'zod/mini': 'zod',
} as const;

/**
 * The global object holding the modules of the page reader (SIDEBAR_CORE_DIR), put there by the
 * sidebar's core script (entrypoints/sidebar-core), in the extension's isolated world only.
 */
export const CORE_GLOBAL = 'MosaicCompanionCore';

/** The folder whose modules the core script holds; the sidebar takes them from it. */
export const SIDEBAR_CORE_DIR = 'lib/page/';

/** A core module's name on CORE_GLOBAL, from its path in the project ("lib/page/text.ts"). */
export function coreName(path: string): string {
  return path
    .replace(/^\/+/, '')
    .replace(/\.tsx?$/, '')
    .replace(/[^A-Za-z0-9]/g, '_');
}

/**
 * The sidebar's scripts, in the order the background loads them (one call each): its libraries,
 * its core (the page reader), then the sidebar.
 */
export const SIDEBAR_SCRIPTS = [
  '/sidebar-libraries.js',
  '/sidebar-core.js',
  '/sidebar.js',
] as const;
