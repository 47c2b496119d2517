/**
 * The sidebar, loaded by the background into a frame where the detector found a supported page.
 */
import { detectPage } from '@/lib/page/detect';

export default defineContentScript({
  matches: [],
  registration: 'runtime',
  cssInjectionMode: 'ui',
  async main(ctx) {
    if (document.querySelector('mosaic-companion')) return;
    const found = detectPage(document);
    if (!found) return;
    const ui = await createShadowRootUi(ctx, {
      name: 'mosaic-companion',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      onMount(container) {
        const root = document.createElement('section');
        root.setAttribute('data-testid', 'mc-sidebar');
        root.setAttribute('data-page-kind', found.kind);
        root.setAttribute('data-person-id', found.personId);
        root.setAttribute('data-state', 'ready');
        root.textContent = 'Mosaic Companion';
        container.append(root);
        return root;
      },
      onRemove(root) {
        root?.remove();
      },
    });
    ui.mount();
  },
});
