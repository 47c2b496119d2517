/**
 * The sidebar, loaded by the background into a frame where the detector found a supported page.
 * Everything we add to the page is one element, <mosaic-companion>, with the sidebar in its open
 * shadow root; the page's own DOM is never changed.
 *
 * The script stays for the life of the frame and follows the detector's findings (handoff.ts):
 * its host (host.ts) shows the sidebar for the page found, switches it when the page becomes
 * another, and removes it when there is none (docs/live-pages.md). Start-up is split into short
 * tasks (checked.tsx), so that the page never waits long for us.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardStart } from '@/entrypoints/shared/content-script';
import { followFound } from '@/entrypoints/shared/handoff';
import { detectPage } from '@/lib/page/detect';
import { detectWorkStep } from '@/lib/page/detect-step';
import { stepList } from '@/lib/steps/names';
import { fetchSettings, onBackgroundMessage, send } from './bridge';
import { nextTask } from './next-task';
import { SidebarHost } from './host';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // Not async: the background's executeScript waits for what this returns, and while it waits,
  // a page still loading cannot fire its load event. Start-up goes on in tasks of its own, from
  // the next one: the task that evaluates this script is long enough (docs/performance.md).
  main(ctx) {
    const started = guardStart(ctx);
    void nextTask().then(() => start(ctx, started));
  },
});

/** A mark in the page's performance timeline (no data in it), for DevTools and the benchmark. */
const START_MARK = 'mosaic-companion:start';

/**
 * `started` resolves once an older copy of this script has had the chance to stop (the sidebar
 * loaded again, or the extension updated under the page) and so to remove its sidebar.
 */
async function start(ctx: ContentScriptContext, started: Promise<void>): Promise<void> {
  if (document.querySelector('mosaic-companion')) await started;
  // Another copy's sidebar is there, or this copy was stopped by a newer one while it started.
  if (ctx.signal.aborted || document.querySelector('mosaic-companion')) return;
  performance.mark(START_MARK);
  const host = new SidebarHost(ctx, (token) => void send({ type: 'sidebar-shown', token }));
  ctx.onInvalidated(
    onBackgroundMessage((msg) => {
      if (msg.type === 'sidebar-shown') host.otherShown(msg.token);
    }),
  );
  // What the detector found in this frame, and what it finds from now on.
  const follow = followFound((found) => host.show(found));
  ctx.onInvalidated(follow.stop);
  if (follow.found !== undefined) return host.show(follow.found);
  // No detector here (the sidebar loaded some other way): detect the page once.
  const found = detectPage(document);
  if (found) return host.show(found);
  const settings = await fetchSettings();
  if (!ctx.signal.aborted) host.show(detectWorkStep(document, stepList(settings.stepNames)));
}
