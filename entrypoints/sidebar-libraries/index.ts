/**
 * The sidebar's first libraries script (names.ts): Preact with its React compatibility layer,
 * loaded by the background before zod/mini (entrypoints/sidebar-zod), the core and the sidebar.
 * Evaluating this script only defines them: nothing runs in the page.
 */
import * as compat from 'preact/compat';
import * as jsxRuntime from 'preact/jsx-runtime';
import { LIBRARIES_GLOBAL, addToGlobal, type SIDEBAR_LIBRARIES } from './names';

const libraries: Record<
  Exclude<(typeof SIDEBAR_LIBRARIES)[keyof typeof SIDEBAR_LIBRARIES], 'zod'>,
  object
> = {
  compat,
  jsxRuntime,
};

export default defineUnlistedScript(() => addToGlobal(LIBRARIES_GLOBAL, libraries));
