/**
 * The sidebar's second libraries script (entrypoints/sidebar-libraries/names.ts): the parts of
 * zod/mini it calls, in a script of their own so that Preact and zod are each parsed, compiled
 * and run in a task of their own (docs/performance.md). Evaluating it only defines them.
 */
import * as zod from './zod';
import { LIBRARIES_GLOBAL, addToGlobal, type SidebarLibraryName } from '../sidebar-libraries/names';

/** Named as the sidebar's build takes them (names.ts). */
const libraries = { zod } satisfies Partial<Record<SidebarLibraryName, object>>;

export default defineUnlistedScript(() => addToGlobal(LIBRARIES_GLOBAL, libraries));
