/**
 * The sidebar on a casework step (page kind `work-step`, forms.md): recognised by the council's
 * step names from the settings, it shows only the case panel; no reader or rules are loaded.
 * Mounted by the sidebar's host (host.ts) for one step.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { StepDetection } from '@/lib/page/detect-step';
// The views come loaded with the sidebar's core scripts (wxt.config.ts).
import { StepApp } from '@/components/sidebar/StepApp';
import { allocationFromStamps } from '@/lib/steps/stamps';
import { onBackgroundMessage } from './bridge';
import { personCases } from './case-bridge';
import type { Mounted } from './checked';
import { nextTask } from './next-task';
import { loadPrefs } from './prefs';
import { createSidebarUi, drawInFrames } from './shadow-ui';
import { StepButtons } from './step-buttons';

/** Mounts the case panel for `step`; resolves with it, or null when it went stale. */
export async function mountWorkStep(
  ctx: ContentScriptContext,
  step: StepDetection,
  stale: () => boolean,
): Promise<Mounted | null> {
  const bus = new EventTarget();
  const stopListening = onBackgroundMessage((msg) => {
    if (msg.type === 'toggle-sidebar') bus.dispatchEvent(new Event('toggle'));
  });
  const giveUp = () => {
    stopListening();
    return null;
  };
  const [prefs, cases] = await Promise.all([loadPrefs(), personCases(step.personId)]);
  if (stale()) return giveUp();

  await nextTask();
  const [{ createRoot }, { SIDEBAR_CSS }, { CASE_PANEL_CSS }] = await Promise.all([
    import('react-dom/client'),
    import('./styles'),
    import('./case-styles'),
  ]);
  if (stale()) return giveUp();
  const stamp = allocationFromStamps(document.body?.innerText ?? '');
  let buttons = null as StepButtons | null;

  const ui = await createSidebarUi(
    ctx,
    SIDEBAR_CSS + CASE_PANEL_CSS,
    (container, host) => {
      const app = document.createElement('div');
      container.append(app);
      buttons = new StepButtons(document, host);
      buttons.refresh();
      const stepButtons = buttons;
      const root = createRoot(app);
      drawInFrames(app, stale, [
        () =>
          root.render(
            <StepApp
              detected={step}
              doc={document}
              host={host}
              prefs={prefs}
              cases={cases}
              stamp={stamp}
              bus={bus}
              buttons={stepButtons}
            />,
          ),
      ]);
      return root;
    },
    (root) => {
      buttons?.stop();
      root?.unmount();
    },
  );
  if (stale()) return giveUp();
  ui.mount();
  return {
    element: ui.shadowHost,
    remove: () => {
      stopListening();
      ui.remove();
    },
  };
}
