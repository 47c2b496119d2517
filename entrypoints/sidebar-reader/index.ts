/**
 * The sidebar's third core script: the page reader's reading of the fields, from the index of the
 * page the second core script holds (entrypoints/sidebar-index), and the modules that build on it
 * (coreScriptOf in entrypoints/sidebar-libraries/names.ts), loaded by the background after the
 * first two core scripts, whose modules it takes from the global object, and before the rules and
 * the sidebar. Evaluating it defines the modules and adds them to the same global object; nothing
 * runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob(
  [
    '/lib/page/reader/fields/**/*.ts',
    '/lib/page/reader/strategies/**/*.ts',
    '/lib/page/reader/resolve.ts',
    '/lib/page/reader/fresh.ts',
    '/lib/page/reader/reading.ts',
    '/lib/page/reader/session.ts',
    '/lib/page/reader/index.ts',
    '/lib/page/describe.ts',
    '/lib/page/preview.ts',
    '/lib/page/teach-candidates.ts',
  ],
  { eager: true },
);

export default defineUnlistedScript(() => addCoreModules(modules));
