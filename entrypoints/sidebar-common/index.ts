/**
 * The sidebar's sixth core script: the lib modules the sidebar uses beyond the page reader and the
 * rules (the view of the findings, the steps' stamps and replies, the settings received), and the
 * sidebar's modules its views call (the jump to a question, the teaching, the bridges to the
 * background, the preferences): coreScriptOf in entrypoints/sidebar-libraries/names.ts. Loaded by
 * the background after the rules and before the views (entrypoints/sidebar-views) and the
 * sidebar, which take them from the global object. Evaluating it defines the modules and adds
 * them to the global object; nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob(
  [
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
