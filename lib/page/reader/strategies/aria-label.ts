/** A control (or a group holding controls) whose `aria-label` is the question itself. */
import { normaliseLabel } from '../../text';
import { ctlsIn } from '../query';
import type { Strategy } from './types';

export const ariaLabel: Strategy = {
  name: 'aria-label',
  explicit: true,
  find({ ctx, m, accept }) {
    const aria = m.el.getAttribute('aria-label');
    if (aria === null || normaliseLabel(aria) !== normaliseLabel(m.text)) return [];
    const c = ctx.idx.ctlByEl.get(m.el);
    if (c) return accept(c) ? [c] : [];
    return ctlsIn(ctx.idx, m.el).filter(accept);
  },
};
