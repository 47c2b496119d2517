/**
 * The sidebar on a casework step (page kind `work-step`, forms.md): recognised by the council's
 * step names from the settings, it shows only the case panel; no reader or rules are loaded.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fetchSettings, onBackgroundMessage } from './bridge';
import { personCases } from './case-bridge';
import { loadPrefs } from './prefs';
import { detectWorkStep } from '@/lib/page/detect-step';
import { stepList } from '@/lib/steps/names';
import { allocationFromStamps } from '@/lib/steps/stamps';

export async function startWorkStep(
  ctx: ContentScriptContext,
  taken: () => boolean,
): Promise<void> {
  const settings = await fetchSettings();
  const step = detectWorkStep(document, stepList(settings.stepNames));
  if (!step || taken()) return;

  const bus = new EventTarget();
  const stopListening = onBackgroundMessage((msg) => {
    if (msg.type === 'toggle-sidebar') bus.dispatchEvent(new Event('toggle'));
  });
  ctx.onInvalidated(stopListening);
  const [prefs, cases] = await Promise.all([loadPrefs(), personCases(step.personId)]);
  if (taken()) return stopListening();

  await new Promise((resolve) => setTimeout(resolve, 0));
  const [{ createRoot }, { StepApp }, { SIDEBAR_CSS }, { CASE_PANEL_CSS }] = await Promise.all([
    import('react-dom/client'),
    import('@/components/sidebar/StepApp'),
    import('./styles'),
    import('./case-styles'),
  ]);
  if (taken()) return stopListening();
  const stamp = allocationFromStamps(document.body?.innerText ?? '');

  const ui = await createShadowRootUi(ctx, {
    name: 'mosaic-companion',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css: SIDEBAR_CSS + CASE_PANEL_CSS,
    isolateEvents: true,
    onMount(container, _shadow, host) {
      const app = document.createElement('div');
      container.append(app);
      const root = createRoot(app);
      root.render(
        <StepApp
          detected={step}
          doc={document}
          host={host}
          prefs={prefs}
          cases={cases}
          stamp={stamp}
          bus={bus}
        />,
      );
      return root;
    },
    onRemove(root) {
      root?.unmount();
    },
  });
  ui.mount();
}
