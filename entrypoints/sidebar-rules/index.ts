/**
 * The sidebar's fourth core script: the rules, with the eligibility decision and the budget they
 * use (coreScriptOf in entrypoints/sidebar-libraries/names.ts), loaded by the background after
 * the page reader's three scripts, whose modules it takes from the global object, and before the
 * sidebar. Evaluating it defines the rules' modules and adds them to the same global object;
 * nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob(
  ['/lib/rules/**/*.ts', '/lib/eligibility.ts', '/lib/budget.ts', '/lib/money.ts'],
  { eager: true },
);

export default defineUnlistedScript(() => addCoreModules(modules));
