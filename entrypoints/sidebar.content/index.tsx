/**
 * The sidebar, loaded by the background into a frame where the detector found a supported page.
 * Everything we add to the page is one element, <mosaic-companion>, with the sidebar in its open
 * shadow root; the page's own DOM is never changed.
 *
 * Start-up is split into short tasks, so that the page never waits long for us (no task of ours
 * over 50 ms on a slow machine): this script's first task only asks the background for what the
 * first check needs; React and the views are set up in a later task, the reader, the rules and
 * the checker in another (modules imported with import() are evaluated only then: the bundle
 * inlines them), the sidebar is rendered in React's own task, and the first check runs after the
 * debounce, in a task of its own (entrypoints/sidebar.content/checker.ts).
 */
import { fetchSettings, hasWaitingReview, onBackgroundMessage } from './bridge';
import { guardStart } from '@/entrypoints/shared/content-script';
import { loadPrefs } from './prefs';
import { detectPage } from '@/lib/page/detect';
import { takeDetection } from '@/entrypoints/shared/handoff';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Settings } from '@/lib/settings/schema';
import { startWorkStep } from './work-step';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  // Not async: the background's executeScript waits for what this returns, and while it waits,
  // a page still loading cannot fire its load event. Start-up goes on in tasks of its own.
  main(ctx) {
    void start(ctx, guardStart(ctx));
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
  const taken = () => ctx.signal.aborted || document.querySelector('mosaic-companion') !== null;
  if (taken()) return;
  performance.mark(START_MARK);
  // What the detector found (it ran in this frame just before); detecting again only without it.
  const found = takeDetection(document) ?? detectPage(document);
  // Not one of the checked steps: perhaps a casework step, with the case panel alone.
  if (!found) return startWorkStep(ctx, taken);

  const bus = new EventTarget();
  let checker = null as InstanceType<typeof import('./checker').Checker> | null;
  // Settings that changed while the sidebar was starting are used when it mounts.
  let changedSettings: Settings | null = null;
  const stopListening = onBackgroundMessage((msg) => {
    if (msg.type === 'toggle-sidebar') bus.dispatchEvent(new Event('toggle'));
    else if (msg.type === 'settings-changed') {
      void fetchSettings().then((s) => {
        if (checker) checker.setSettings(s);
        else changedSettings = s;
      });
    }
  });
  ctx.onInvalidated(stopListening);

  // Everything the first check needs, so that `ready` means checked with it.
  const [prefs, settings, waiting] = await Promise.all([
    loadPrefs(),
    fetchSettings(),
    hasWaitingReview(found.personId),
  ]);
  if (taken()) return stopListening();

  // React and the views, evaluated in a task of their own rather than with this script.
  await nextTask();
  const [{ createRoot }, { App }] = await Promise.all([
    import('react-dom/client'),
    import('@/components/sidebar/App'),
  ]);
  // Then the reader, the rules and the checker, in another.
  await nextTask();
  const [
    { Checker },
    { Overlay },
    { SIDEBAR_CSS },
    { describeStructure },
    { listenForLabelPreview },
    { CASE_PANEL_CSS },
  ] = await Promise.all([
    import('./checker'),
    import('./overlay'),
    import('./styles'),
    import('@/lib/page/describe'),
    import('./preview'),
    import('./case-styles'),
  ]);
  if (taken()) return stopListening();

  let overlay = null as InstanceType<typeof Overlay> | null;

  const ui = await createShadowRootUi(ctx, {
    name: 'mosaic-companion',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: SIDEBAR_CSS + CASE_PANEL_CSS,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      const layer = document.createElement('div');
      layer.className = 'mc-layer';
      layer.setAttribute('aria-hidden', 'true');
      const app = document.createElement('div');
      container.append(layer, app);
      overlay = new Overlay(layer, window);
      checker = new Checker(document, host, found, {
        // The first findings are drawn after the frame that follows the first reading.
        afterNextFrame: (draw) => requestAnimationFrame(() => setTimeout(draw, 0)),
      });
      checker.setSettings(changedSettings ?? settings);
      if (waiting && found.kind !== 'person-summary') checker.setWaitingReviews([found.personId]);
      const root = createRoot(app);
      root.render(
        <App
          checker={checker}
          detected={found}
          host={host}
          doc={document}
          initialPrefs={prefs}
          reviewWaiting={waiting}
          bus={bus}
          overlay={overlay}
          describe={(doc) =>
            describeStructure(doc, { labelOverrides: checker?.getSettings().labelOverrides })
          }
        />,
      );
      checker.start();
      return root;
    },
    onRemove(root) {
      checker?.stop();
      overlay?.destroy();
      root?.unmount();
    },
  });
  ui.mount();

  // The options page's "Test on this page" for label overrides (docs/label-overrides.md).
  ctx.onInvalidated(listenForLabelPreview());
}

/** Resolves in a new task, so that the work after it does not lengthen the current one. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
