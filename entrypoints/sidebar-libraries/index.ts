/**
 * The sidebar's first libraries script (names.ts): Preact with its React compatibility layer,
 * loaded by the background before zod/mini (entrypoints/sidebar-zod), the core and the sidebar.
 * Evaluating this script only defines them: nothing runs in the page.
 */
import * as compat from 'preact/compat';
import * as jsxRuntime from 'preact/jsx-runtime';
import { LIBRARIES_GLOBAL, addToGlobal, type SidebarLibraryName } from './names';

/** Named as the sidebar's build takes them (names.ts). */
const libraries = {
  compat,
  jsxRuntime,
} satisfies Partial<Record<SidebarLibraryName, object>>;

export default defineUnlistedScript(() => addToGlobal(LIBRARIES_GLOBAL, libraries));
