/**
 * The sidebar, loaded by the background into a frame where the detector found a supported page.
 * Everything we add to the page is one element, <mosaic-companion>, with the sidebar in its open
 * shadow root; the page's own DOM is never changed.
 */
import { createRoot } from 'react-dom/client';
import { App } from '@/components/sidebar/App';
import { fetchSettings, hasWaitingReview, onBackgroundMessage } from '@/components/sidebar/bridge';
import { Checker } from '@/components/sidebar/checker';
import { Overlay } from '@/components/sidebar/overlay';
import { loadPrefs } from '@/components/sidebar/prefs';
import { SIDEBAR_CSS } from '@/components/sidebar/styles';
import { describeStructure } from '@/lib/page/describe';
import { detectPage } from '@/lib/page/detect';
import { listenForLabelPreview } from './preview';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'manual',
  async main(ctx) {
    if (document.querySelector('mosaic-companion')) return;
    const found = detectPage(document);
    if (!found) return;

    // Everything the first check needs, so that `ready` means checked with it.
    const [prefs, settings, waiting] = await Promise.all([
      loadPrefs(),
      fetchSettings(),
      hasWaitingReview(found.personId),
    ]);
    if (document.querySelector('mosaic-companion')) return;

    const bus = new EventTarget();
    let checker = null as Checker | null;
    let overlay = null as Overlay | null;

    const ui = await createShadowRootUi(ctx, {
      name: 'mosaic-companion',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: SIDEBAR_CSS,
      isolateEvents: true,
      onMount(container, _shadow, host) {
        const layer = document.createElement('div');
        layer.className = 'mc-layer';
        layer.setAttribute('aria-hidden', 'true');
        const app = document.createElement('div');
        container.append(layer, app);
        overlay = new Overlay(layer, window);
        checker = new Checker(document, host, found);
        checker.setSettings(settings);
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
            describe={(doc) => describeStructure(doc, { labelOverrides: checker?.getSettings().labelOverrides })}
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

    const stopListening = onBackgroundMessage((msg) => {
      if (msg.type === 'toggle-sidebar') bus.dispatchEvent(new Event('toggle'));
      else if (msg.type === 'settings-changed') void fetchSettings().then((s) => checker?.setSettings(s));
    });
    ctx.onInvalidated(stopListening);
    // The options page's "Test on this page" for label overrides (docs/label-overrides.md).
    ctx.onInvalidated(listenForLabelPreview());

  },
});
