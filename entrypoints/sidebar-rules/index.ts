/**
 * The sidebar's fifth core script: the rules, one module each, and their registry (coreScriptOf in
 * entrypoints/sidebar-libraries/names.ts), loaded by the background after the eligibility decision
 * and the budget (entrypoints/sidebar-decisions), whose modules it takes from the global object
 * with the page reader's, and before the views and the sidebar. Evaluating it defines the rules
 * and adds them to the same global object; nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob(
  ['/lib/rules/*.ts', '!/lib/rules/types.ts'],
  { eager: true },
);

export default defineUnlistedScript(() => addCoreModules(modules));
