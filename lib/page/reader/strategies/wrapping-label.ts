/** A `<label>` wrapping both the question's text and its controls. */
import { ctlsIn } from '../query';
import type { Strategy } from './types';

export const wrappingLabel: Strategy = {
  name: 'wrapping-label',
  explicit: true,
  find({ ctx, m, accept }) {
    const label = m.el.localName === 'label' ? m.el : m.el.closest('label');
    return label ? ctlsIn(ctx.idx, label).filter(accept) : [];
  },
};
