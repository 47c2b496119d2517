/**
 * The sidebar on a checked page (a person summary, a Carers Conversation or a Carers Review):
 * the reader, the rules and the checker, drawn in <mosaic-companion>. Mounted by the sidebar's host
 * (host.ts) for one page; a page that becomes another is another mount.
 *
 * Set up in short tasks, so that the page never waits long for us (no task of ours over 50 ms on a
 * slow machine): first only what the first check needs is asked of the background; React is set
 * up in a later task, the checker in another (modules imported with import() are evaluated only
 * then: the bundle inlines them; a second mount finds them loaded; the page reader's, the rules'
 * and the views' come loaded with the core scripts), which also puts the element and its styles
 * into the page; the checker and React are set up in the next task, the sidebar is drawn in
 * frames of its own once the element added is shown (shadow-ui.ts: its frame, then all of it),
 * and each check runs after the debounce in parts, in slices of a few ms (checker.ts,
 * docs/performance.md).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '@/lib/page/detect';
import type { Settings } from '@/lib/settings/schema';
import { pauseWatch } from '@/entrypoints/shared/handoff';
// The page reader's modules and the views come loaded with the sidebar's core scripts (wxt.config.ts).
import { describeStructure } from '@/lib/page/describe';
import { App } from '@/components/sidebar/App';
import { SidebarStarting } from '@/components/sidebar/SidebarStarting';
import { fetchSettings, hasWaitingReview, onBackgroundMessage } from './bridge';
import { afterNextFrame, nextTask, SLICE_MS } from './next-task';
import { loadPrefs } from './prefs';
import { createSidebarUi, drawInFrames } from './shadow-ui';
import { StepButtons } from './step-buttons';

/** A sidebar mounted in the page: its <mosaic-companion> element, and how to remove it. */
export interface Mounted {
  element: Element;
  remove: () => void;
}

export interface MountOptions {
  /** Whether this mount is no longer wanted (the page changed, or the script was stopped). */
  stale: () => boolean;
  /** The checker found that the page is no longer the one it checks (null: no checked page). */
  pageChanged: (now: Detection | null) => void;
}

/** Mounts the sidebar for `found`; resolves with it, or null when it went stale. */
export async function mountChecked(
  ctx: ContentScriptContext,
  found: Detection,
  { stale, pageChanged }: MountOptions,
): Promise<Mounted | null> {
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
  const giveUp = () => {
    stopListening();
    return null;
  };

  // Everything the first check needs, so that `ready` means checked with it.
  const [prefs, settings, waiting] = await Promise.all([
    loadPrefs(),
    fetchSettings(),
    hasWaitingReview(found.personId),
  ]);
  if (stale()) return giveUp();

  // React, evaluated in a task of its own rather than with this script.
  await nextTask();
  const { createRoot } = await import('react-dom/client');
  // Then the checker, in another (the page reader, the rules and the views came with the core
  // scripts).
  await nextTask();
  const [{ Checker }, { Overlay }, { SIDEBAR_CSS }, { listenForLabelPreview }, { CASE_PANEL_CSS }] =
    await Promise.all([
      import('./checker'),
      import('./overlay'),
      import('./styles'),
      import('./preview'),
      import('./case-styles'),
    ]);
  if (stale()) return giveUp();

  let overlay = null as InstanceType<typeof Overlay> | null;
  let buttons = null as StepButtons | null;
  let root = null as ReturnType<typeof createRoot> | null;
  let resumeWatch: (() => void) | null = null;
  // The element and its styles go into the page in this task; the checker and React are set up
  // in the next one.
  const ui = await createSidebarUi(
    ctx,
    SIDEBAR_CSS + CASE_PANEL_CSS,
    (container, host) => ({ container, host }),
    () => {
      checker?.stop();
      buttons?.stop();
      resumeWatch?.();
      overlay?.destroy();
      root?.unmount();
    },
  );
  if (stale()) return giveUp();
  // The checker will watch the page change by change: the detector's watch is paused from now
  // on, so that it takes no notice of the element added either.
  resumeWatch = pauseWatch();
  ui.mount();
  await nextTask();
  if (stale() || !ui.mounted) {
    ui.remove();
    return giveUp();
  }
  const { container, host } = ui.mounted;
  const layer = document.createElement('div');
  layer.className = 'mc-layer';
  layer.setAttribute('aria-hidden', 'true');
  const app = document.createElement('div');
  container.append(layer, app);
  const outlines = new Overlay(layer, window);
  const stepButtons = new StepButtons(document, host);
  buttons = stepButtons;
  const check = new Checker(document, host, found, {
    // The first findings are drawn after the frame that follows the first reading.
    afterNextFrame,
    pageChanged,
    // Checks in parts, in short tasks: the first runs its code for the first time, and a
    // reading from scratch is long.
    nextTask,
    sliceMs: SLICE_MS,
    // The first findings are drawn in twelve frames (usePanelsInFrames.tsx): ready after the last.
    toldWhenDrawn: true,
    // The page's Finish and Save, found again as the page changes.
    checkedAfterChange: () => stepButtons.refresh(),
  });
  overlay = outlines;
  checker = check;
  check.setSettings(changedSettings ?? settings);
  if (waiting && found.kind !== 'person-summary') check.setWaitingReviews([found.personId]);
  const reactRoot = createRoot(app);
  root = reactRoot;
  // The sidebar's frame first, then all of it, each in a frame of its own (SidebarStarting.tsx).
  drawInFrames(
    app,
    stale,
    [
      () => reactRoot.render(<SidebarStarting left={prefs.dock === 'left'} />),
      () =>
        reactRoot.render(
          <App
            checker={check}
            detected={found}
            host={host}
            doc={document}
            initialPrefs={prefs}
            reviewWaiting={waiting}
            bus={bus}
            overlay={outlines}
            buttons={stepButtons}
            describe={(doc) =>
              describeStructure(doc, { labelOverrides: check.getSettings().labelOverrides })
            }
          />,
        ),
    ],
    () => check.start(),
  );
  // The options page's "Test on this page" for label overrides (docs/label-overrides.md).
  const stopPreview = listenForLabelPreview();
  return {
    element: ui.shadowHost,
    remove: () => {
      stopPreview();
      stopListening();
      ui.remove();
    },
  };
}
