/**
 * The sidebar's host in a frame: shows the sidebar for the page the detector found, switches it
 * when the page becomes another (a new kind, person or step: a new mount, with no finding of the
 * page that is gone) and removes it at once when there is none (docs/live-pages.md). A page that
 * redraws itself without our element gets the sidebar again. The modules stay loaded between
 * mounts, so a switch does not load the sidebar again.
 *
 * At most one sidebar in a tab: each mount is announced through the background to the tab's other
 * frames (`sidebar-shown`), and a sidebar of another frame leaves for it. A frame whose sidebar
 * left shows it again only when its page changes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Detection } from '@/lib/page/detect';
import { startId } from '@/entrypoints/shared/script-start';
import { sameFound, type Found } from '@/lib/page/follow';
import { mountChecked, type Mounted } from './checked';
import { mountWorkStep } from './work-step';

export class SidebarHost {
  private current: Found | null = null;
  /** Counts the pages shown: a mount for an earlier one is stale. */
  private shown = 0;
  private mounted: Mounted | null = null;
  /** Names this frame's sidebar in `sidebar-shown`. */
  readonly token = startId();

  constructor(
    private readonly ctx: ContentScriptContext,
    private readonly announce: (token: string) => void,
  ) {
    ctx.onInvalidated(() => this.clear());
  }

  /** The page now shows `found` (null: nothing the extension helps with). */
  show(found: Found | null): void {
    if (this.ctx.isInvalid) return;
    // The same page: nothing to do, unless the page redrew itself without our element.
    if (sameFound(this.current, found) && this.mounted?.element.isConnected !== false) return;
    this.current = found;
    const mine = ++this.shown;
    this.clear();
    if (!found) return;
    const stale = () => this.ctx.isInvalid || mine !== this.shown;
    const mounting =
      found.kind === 'work-step'
        ? mountWorkStep(this.ctx, found, stale)
        : mountChecked(this.ctx, found, {
            stale,
            pageChanged: (now: Detection | null) => this.show(now),
          });
    void mounting.then((mounted) => {
      if (!mounted) return;
      if (stale()) return mounted.remove();
      this.mounted = mounted;
      this.announce(this.token);
    });
  }

  /** Another frame of the tab shows a sidebar (`token`): this one leaves. */
  otherShown(token: string): void {
    if (token !== this.token) this.clear();
  }

  private clear(): void {
    const mounted = this.mounted;
    this.mounted = null;
    mounted?.remove();
  }
}
