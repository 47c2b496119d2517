/**
 * The sidebar's start, in the task after its script was evaluated (index.ts).
 *
 * The script stays for the life of the frame and follows the detector's findings (handoff.ts):
 * its host (host.ts) shows the sidebar for the page found, switches it when the page becomes
 * another, and removes it when there is none (docs/live-pages.md). Start-up is split into short
 * tasks (checked.tsx), so that the page never waits long for us.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { guardStart } from '@/entrypoints/shared/content-script';
import { followFound } from '@/entrypoints/shared/handoff';
import { detectPage } from '@/lib/page/detect';
import { detectWorkStep } from '@/lib/page/detect-step';
import { stepList } from '@/lib/steps/names';
import { fetchSettings, onBackgroundMessage, send } from './bridge';
import { SidebarHost } from './host';

/** A mark in the page's performance timeline (no data in it), for DevTools. */
const START_MARK = 'mosaic-companion:start';

/** The longest a new sidebar waits for an idle moment to tell the tab's other frames. */
const ANNOUNCE_TIMEOUT_MS = 2000;

/**
 * Starts this copy of the sidebar: stops an older copy in the frame (the sidebar loaded again, or
 * the extension updated under the page) and follows the page. Returns the copy's context, which
 * stops it when aborted.
 */
export function startSidebar(): ContentScriptContext {
  const ctx = new ContentScriptContext('sidebar', { matches: [], cssInjectionMode: 'manual' });
  const started = guardStart(ctx);
  void follow(ctx, started);
  return ctx;
}

/**
 * `started` resolves once an older copy of this script has had the chance to stop and so to
 * remove its sidebar.
 */
async function follow(ctx: ContentScriptContext, started: Promise<void>): Promise<void> {
  if (document.querySelector('mosaic-companion')) await started;
  // Another copy's sidebar is there, or this copy was stopped by a newer one while it started.
  if (ctx.signal.aborted || document.querySelector('mosaic-companion')) return;
  performance.mark(START_MARK);
  // Announced once the page is idle: the background sends the announcement to every frame of the
  // tab, this one too, and taking it is work of its own, not that of the sidebar's first drawing.
  const host = new SidebarHost(ctx, (token) =>
    requestIdleCallback(() => void send({ type: 'sidebar-shown', token }), {
      timeout: ANNOUNCE_TIMEOUT_MS,
    }),
  );
  ctx.onInvalidated(
    onBackgroundMessage((msg) => {
      if (msg.type === 'sidebar-shown') host.otherShown(msg.token);
    }),
  );
  // What the detector found in this frame, and what it finds from now on.
  const found = followFound((page) => host.show(page));
  ctx.onInvalidated(found.stop);
  if (found.found !== undefined) return host.show(found.found);
  // No detector here (the sidebar loaded some other way): detect the page once.
  const detected = detectPage(document);
  if (detected) return host.show(detected);
  const settings = await fetchSettings();
  if (!ctx.signal.aborted) host.show(detectWorkStep(document, stepList(settings.stepNames)));
}
