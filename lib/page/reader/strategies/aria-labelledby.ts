/**
 * Controls (or groups) whose `aria-labelledby` names the question's element, or an ancestor of
 * it showing the same text.
 */
import { ctlsIn, textOf } from '../query';
import type { Ctl } from '../walk';
import type { Strategy } from './types';

export const ariaLabelledBy: Strategy = {
  name: 'aria-labelledby',
  explicit: true,
  find({ ctx, m, accept }) {
    const idx = ctx.idx;
    for (let e: Element | null = m.el, depth = 0; e && depth < 3; e = e.parentElement, depth++) {
      if (depth > 0 && textOf(idx, e) !== textOf(idx, m.el)) break;
      const refs = e.id ? idx.labelledBy.get(e.id) : undefined;
      if (!refs) continue;
      const out: Ctl[] = [];
      for (const r of refs) {
        const c = idx.ctlByEl.get(r);
        if (c) {
          if (accept(c)) out.push(c);
        } else out.push(...ctlsIn(idx, r).filter(accept));
      }
      if (out.length) return out;
    }
    return [];
  },
};
