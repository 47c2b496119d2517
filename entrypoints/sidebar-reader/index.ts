/**
 * The sidebar's second core script: the page reader and the modules that build on it
 * (coreScriptOf in entrypoints/sidebar-libraries/names.ts), loaded by the background after the
 * first core script (entrypoints/sidebar-core), whose modules it takes from the global object,
 * and before the rules and the sidebar. Evaluating it defines the reader's modules and adds them
 * to the same global object; nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob(
  [
    '/lib/page/reader/**/*.ts',
    '/lib/page/describe.ts',
    '/lib/page/preview.ts',
    '/lib/page/teach-candidates.ts',
  ],
  { eager: true },
);

export default defineUnlistedScript(() => addCoreModules(modules));
