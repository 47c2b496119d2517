/**
 * The sidebar's libraries (names.ts), loaded by the background just before the sidebar itself.
 * Evaluating this script only defines them: nothing runs in the page.
 */
import * as compat from 'preact/compat';
import * as jsxRuntime from 'preact/jsx-runtime';
import * as zod from './zod';
import { LIBRARIES_GLOBAL, SIDEBAR_LIBRARIES } from './names';

const libraries: Record<(typeof SIDEBAR_LIBRARIES)[keyof typeof SIDEBAR_LIBRARIES], object> = {
  compat,
  jsxRuntime,
  zod,
};

export default defineUnlistedScript(() => {
  Object.assign(globalThis, { [LIBRARIES_GLOBAL]: libraries });
});
