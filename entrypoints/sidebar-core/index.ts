/**
 * The sidebar's core: the modules of the page reader (SIDEBAR_CORE_DIR), loaded by the background
 * after the libraries and before the sidebar, so that the page parses and compiles the sidebar's
 * code in two tasks, not one (docs/performance.md). Evaluating this script defines the modules
 * and puts them on one global object of the extension's isolated world; nothing runs in the page.
 */
import { CORE_GLOBAL, coreName } from '../sidebar-libraries/names';

/**
 * Every module of the folder but those the sidebar does not use: the snapshot's zod schemas (for
 * tests and imported files) and the steps' finder (the detector's). The bundle budget test
 * (tests/unit/bundle-budget.test.ts) notices a module that should be left out here.
 */
const modules: Record<string, object> = import.meta.glob(
  ['/lib/page/**/*.ts', '!/lib/page/snapshot.ts', '!/lib/page/find-step.ts'],
  { eager: true },
);

export default defineUnlistedScript(() => {
  const core = Object.fromEntries(
    Object.entries(modules).map(([path, module]) => [coreName(path), module]),
  );
  Object.assign(globalThis, { [CORE_GLOBAL]: core });
});
