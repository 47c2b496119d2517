/**
 * The libraries the sidebar uses, loaded into the page as a script of their own just before the
 * sidebar's (entrypoints/background/sidebar.ts): each script is then parsed and compiled in a task
 * of its own, each short enough not to hold up the page (docs/performance.md).
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

/** The sidebar's scripts, in the order the background loads them (one call each): its libraries, then the sidebar. */
export const SIDEBAR_SCRIPTS = ['/sidebar-libraries.js', '/sidebar.js'] as const;
