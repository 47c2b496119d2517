/** `<label for="id">` names its control by id. */
import type { Strategy } from './types';

export const labelFor: Strategy = {
  name: 'label-for',
  explicit: true,
  find({ ctx, m, accept }) {
    const label = m.el.localName === 'label' ? m.el : m.el.closest('label');
    const id = label?.getAttribute('for');
    const target = id ? ctx.idx.doc.getElementById(id) : null;
    const c = target ? ctx.idx.ctlByEl.get(target) : undefined;
    return c && accept(c) ? [c] : [];
  },
};
