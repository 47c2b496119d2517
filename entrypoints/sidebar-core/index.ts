/**
 * The sidebar's first core script (CORE_SCRIPTS in entrypoints/sidebar-libraries/names.ts): the
 * modules of the page reader's folder but the reader itself, loaded by the background after the
 * libraries and before the reader, the rules and the sidebar, so that the page parses, compiles
 * and runs the sidebar's code in several short tasks, not one long one (docs/performance.md).
 * Evaluating this script defines the modules and adds them to one global object of the
 * extension's isolated world; nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/**
 * The modules coreScriptOf gives to this script: every module of lib/page but the reader
 * script's and those the sidebar does not use (the snapshot's zod schemas, for tests and imported
 * files, and the steps' finder, the detector's). The bundle budget test
 * (tests/unit/bundle-budget.test.ts) checks each script's modules against coreScriptOf.
 */
const modules: Record<string, object> = import.meta.glob(
  [
    '/lib/page/**/*.ts',
    '!/lib/page/reader/**',
    '!/lib/page/describe.ts',
    '!/lib/page/preview.ts',
    '!/lib/page/teach-candidates.ts',
    '!/lib/page/snapshot.ts',
    '!/lib/page/find-step.ts',
  ],
  { eager: true },
);

export default defineUnlistedScript(() => addCoreModules(modules));
