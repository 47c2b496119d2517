/**
 * The sidebar's seventh core script: its React views (coreScriptOf in
 * entrypoints/sidebar-libraries/names.ts), loaded by the background after the modules they call
 * (entrypoints/sidebar-common) and just before the sidebar, which takes them from the global
 * object. The sidebar's script then holds only what starts and drives it (the checker, the mount,
 * the outlines, the page's buttons), so that each is evaluated in a task short enough not to hold
 * up the page (docs/performance.md). Evaluating it defines the views and adds them to the global
 * object; nothing runs in the page.
 */
import { addCoreModules } from '../sidebar-libraries/names';

/** The modules coreScriptOf gives to this script. */
const modules: Record<string, object> = import.meta.glob('/components/sidebar/**/*.{ts,tsx}', {
  eager: true,
});

export default defineUnlistedScript(() => addCoreModules(modules));
