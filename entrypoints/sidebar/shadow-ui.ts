/**
 * The one element the sidebar adds to the page: `<mosaic-companion>` at the end of the body, with
 * everything drawn in its open shadow root and the page's events kept out of it. The checked
 * pages' sidebar (checked.tsx) and a casework step's case panel (work-step.tsx) both mount in it.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterNextFrame } from './next-task';

export function createSidebarUi<TMounted>(
  ctx: ContentScriptContext,
  css: string,
  mount: (container: HTMLElement, host: HTMLElement) => TMounted,
  unmount: (mounted: TMounted | undefined) => void,
) {
  return createShadowRootUi(ctx, {
    name: 'mosaic-companion',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    isolateEvents: true,
    onMount: (container, _shadow, host) => mount(container, host),
    onRemove: unmount,
  });
}

/**
 * Draws the sidebar in frames, each short on a slow machine, rather than in one long one
 * (docs/performance.md): the element added to the page is shown first (its styles taken in, its
 * first layout); then each of `draws` draws into `container`, hidden, after the frame of the one
 * before, so that no frame after a drawing lays any of it out; then it is shown and laid out, and
 * `shown` is called. Nothing more is done once the sidebar was taken away or is no longer wanted.
 */
export function drawInFrames(
  container: HTMLElement,
  stale: () => boolean,
  draws: ReadonlyArray<() => void>,
  shown: () => void = () => {},
): void {
  const wanted = () => !stale() && container.isConnected;
  container.hidden = true;
  const step = (i: number) =>
    afterNextFrame(() => {
      if (!wanted()) return;
      if (i < draws.length) {
        draws[i]();
        return step(i + 1);
      }
      container.hidden = false;
      shown();
    });
  step(0);
}
