/** The question is a `<legend>`: the controls of its `<fieldset>` (not of a fieldset inside it). */
import { ctlsIn } from '../query';
import type { Strategy } from './types';

export const fieldsetLegend: Strategy = {
  name: 'fieldset-legend',
  explicit: false,
  find({ ctx, m, accept }) {
    const legend = m.el.localName === 'legend' ? m.el : m.el.closest('legend');
    const fieldset = legend?.parentElement;
    if (!fieldset || fieldset.localName !== 'fieldset') return [];
    return ctlsIn(ctx.idx, fieldset).filter(
      (c) => accept(c) && c.el.closest('fieldset') === fieldset,
    );
  },
};
