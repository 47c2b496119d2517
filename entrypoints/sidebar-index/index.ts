/**
 * The sidebar's second core script: the page reader's index of the page, with its texts, controls,
 * labels, sections and tabs (coreScriptOf in entrypoints/sidebar-libraries/names.ts), loaded by
 * the background after the first core script (entrypoints/sidebar-core), whose modules it takes
 * from the global object, and before the reading of the fields (entrypoints/sidebar-reader), the
 * rules and the sidebar. Evaluating it defines the modules and adds them to the same global
 * object; nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob(
  [
    '/lib/page/reader/**/*.ts',
    '!/lib/page/reader/fields/**',
    '!/lib/page/reader/strategies/**',
    '!/lib/page/reader/resolve.ts',
    '!/lib/page/reader/fresh.ts',
    '!/lib/page/reader/reading.ts',
    '!/lib/page/reader/session.ts',
    '!/lib/page/reader/index.ts',
  ],
  { eager: true },
);

export default defineUnlistedScript(() => addCoreModules(modules));
