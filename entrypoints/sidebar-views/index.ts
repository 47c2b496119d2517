/**
 * The sidebar's fifth core script: its React views, the lib modules the sidebar uses beyond the
 * page reader and the rules, and the sidebar's modules the views call (coreScriptOf in
 * entrypoints/sidebar-libraries/names.ts), loaded by the background after the rules and just
 * before the sidebar, which takes them from the global object. The sidebar's script then holds
 * only what starts and drives it (the checker, the mount, the outlines, the page's buttons), so
 * that each of the two is evaluated in a task short enough not to hold up the page
 * (docs/performance.md). Evaluating it defines the modules and adds them to the global object;
 * nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob(
  [
    '/components/sidebar/**/*.{ts,tsx}',
    '/lib/sidebar/**/*.ts',
    '/lib/steps/**/*.ts',
    '/lib/settings/defaults.ts',
    '/lib/settings/received.ts',
    '/lib/settings/taught-labels.ts',
    '/lib/settings/taught-overrides.ts',
    '/lib/focus.ts',
    '/lib/sidebar-messages.ts',
    '/entrypoints/sidebar/bridge.ts',
    '/entrypoints/sidebar/case-bridge.ts',
    '/entrypoints/sidebar/finish.ts',
    '/entrypoints/sidebar/jump.ts',
    '/entrypoints/sidebar/next-task.ts',
    '/entrypoints/sidebar/page-dialog.ts',
    '/entrypoints/sidebar/prefs.ts',
    '/entrypoints/sidebar/step-actions.ts',
    '/entrypoints/sidebar/teach.ts',
    '/entrypoints/sidebar/teach-bridge.ts',
    '/entrypoints/sidebar/teach-mode.ts',
  ],
  { eager: true },
);

export default defineUnlistedScript(() => addCoreModules(modules));
