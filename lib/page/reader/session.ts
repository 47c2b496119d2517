/**
 * A page read again and again (the sidebar's re-checks): its structure (which text is which
 * question, which controls answer it) does not change while the worker types or clicks, so a
 * re-check reads only the values again. The page's mutation records, handed in by whoever
 * watches the page (the sidebar's one observer), say when the structure may have changed: then
 * the next reading starts afresh.
 */
import type { ReadContext } from './context';
import { ControlStates } from './control-states';
import { readFreshInParts } from './fresh';
import { toEnd } from './parts';
import { buildReading, refreshValues } from './reading';
import { rawOf } from './query';
import type { PageReading, ReadOptions } from './types';

/**
 * What the observer feeding a session must watch: every change, with what it replaced, so that
 * the session can tell changes that leave the page as it was from real ones.
 */
export const SESSION_OBSERVER_OPTIONS: MutationObserverInit = {
  subtree: true,
  childList: true,
  characterData: true,
  attributes: true,
  attributeOldValue: true,
  characterDataOldValue: true,
};

/** The element the extension draws in; changes inside it are never the page's. */
const OWN_ELEMENT = 'MOSAIC-COMPANION';

export class ReadingSession {
  private kept: {
    key: string;
    ctx: ReadContext | null;
    worker: string | null;
    controls: ControlStates | null;
    /** How many elements the page had when it was read. */
    elements: number;
    /** Whether the page went unwatched since the last reading: every shown question asked again. */
    unwatched: boolean;
  } | null = null;

  constructor(private readonly doc: Document) {}

  /** The page changed: unless these changes leave it as it was, the next reading starts afresh. */
  noteChanges(records: readonly MutationRecord[]): void {
    if (this.kept && changesPage(records, this.kept.ctx)) this.kept = null;
  }

  /**
   * The page's changes are handed in again, after a while when they were not (the worker typed
   * into a text field, and a page that redraws part of itself on every key would have run the
   * observer with each). A page with more or fewer elements than when it was
   * read (the changes handed in before said nothing of elements added or taken away, or the
   * structure would be gone already) is read afresh; otherwise the structure is kept, and the next
   * reading asks every conditional question again whether it shows, as after any change of the
   * page's. Returns whether the structure is kept.
   */
  watchedAgain(): boolean {
    if (!this.kept) return false;
    if (elementCount(this.doc) !== this.kept.elements) this.kept = null;
    else this.kept.unwatched = true;
    return this.kept !== null;
  }

  /** Forget the structure: the next reading starts afresh. */
  forget(): void {
    this.kept = null;
  }

  read(options: ReadOptions = {}): PageReading {
    return toEnd(this.readInParts(options));
  }

  /**
   * The same reading in parts (fresh.ts): a reading from scratch pauses between its parts; one
   * that keeps the structure reads the values at once. Kept only once it is finished.
   */
  *readInParts(options: ReadOptions = {}): Generator<void, PageReading> {
    const overrides = options.labelOverrides ?? {};
    const key = JSON.stringify(overrides);
    const kept = this.kept;
    if (kept && kept.key === key && kept.ctx && kept.controls) {
      const askShown = kept.unwatched;
      kept.unwatched = false;
      if (refreshValues(kept.ctx, kept.controls.changes(), askShown))
        return buildReading(kept.ctx, kept.worker);
    }
    const fresh = yield* readFreshInParts(this.doc, overrides);
    this.kept = {
      key,
      ctx: fresh.ctx,
      worker: fresh.reading.snapshot.worker,
      controls: fresh.ctx ? new ControlStates(fresh.ctx.idx.ctls) : null,
      elements: elementCount(this.doc),
      unwatched: false,
    };
    return fresh.reading;
  }
}

/** Every element of the page's (not those inside shadow roots, the sidebar's among them). */
/** How many elements the page has (a live collection's length: counted again only after a change). */
export function elementCount(doc: Document): number {
  return doc.getElementsByTagName('*').length;
}

function ours(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (n.nodeName === OWN_ELEMENT) return true;
  return false;
}

/** Does this element (holding text only) still show the text it had when the page was read? */
function sameTextAsRead(ctx: ReadContext | null, el: Node): boolean {
  if (!ctx || el.nodeType !== 1 || (el as Element).firstElementChild) return false;
  const before = rawOf(ctx.idx, el as Element);
  return before !== undefined && before === (el.textContent ?? '');
}

/**
 * Do these mutations change the page? Changes that leave things as they were are not changes:
 * an attribute or a text set to the value it had, an element's text replaced by the same text (a
 * page script that recomputes a value on every keystroke does both).
 */
function changesPage(records: readonly MutationRecord[], ctx: ReadContext | null): boolean {
  for (const r of records) {
    const target = r.target;
    if (ours(target)) continue;
    if (r.type === 'attributes') {
      const el = target as Element;
      if (r.attributeName && r.oldValue === el.getAttribute(r.attributeName)) continue;
      return true;
    }
    if (r.type === 'characterData') {
      if (r.oldValue === target.nodeValue) continue;
      const parent = target.parentElement;
      if (parent && sameTextAsRead(ctx, parent)) continue;
      return true;
    }
    const added = Array.from(r.addedNodes).filter((n) => !ours(n));
    const removed = Array.from(r.removedNodes).filter((n) => n.nodeName !== OWN_ELEMENT);
    const textOnly = [...added, ...removed].every((n) => n.nodeType === 3);
    if (!textOnly || !sameTextAsRead(ctx, target)) return true;
  }
  return false;
}
