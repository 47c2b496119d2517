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
 * Draws the sidebar in a task after the frame that shows the element added to the page (its
 * styles taken in, its first layout), unless it was taken away or is no longer wanted by then:
 * adding the sidebar and drawing it are then two frames, each short, rather than one long one
 * (docs/performance.md).
 */
export function drawAfterNextFrame(
  container: Element,
  stale: () => boolean,
  draw: () => void,
): void {
  afterNextFrame(() => {
    if (!stale() && container.isConnected) draw();
  });
}
