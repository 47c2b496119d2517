/**
 * The sidebar's fourth core script: the eligibility decision, the budget and what every rule
 * shares (coreScriptOf in entrypoints/sidebar-libraries/names.ts), loaded by the background after
 * the page reader's three scripts, whose modules it takes from the global object, and before the
 * rules (entrypoints/sidebar-rules), so that the two are each evaluated in a task short enough not
 * to hold up the page (docs/performance.md). Evaluating it defines the modules and adds them to
 * the same global object; nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob(
  [
    '/lib/eligibility.ts',
    '/lib/budget.ts',
    '/lib/money.ts',
    '/lib/rules/common/**/*.ts',
    '/lib/rules/types.ts',
  ],
  { eager: true },
);

export default defineUnlistedScript(() => addCoreModules(modules));
