/** The question is a table cell: the controls in the following cells of its row. */
import { normaliseLabel } from '../../text';
import { ctlsIn, textOf } from '../query';
import type { Ctl } from '../walk';
import type { Strategy } from './types';

export const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"]';

export const tableRow: Strategy = {
  name: 'table-row',
  explicit: false,
  find({ ctx, m, accept }) {
    const idx = ctx.idx;
    const cell = m.el.closest(CELL);
    if (!cell || normaliseLabel(textOf(idx, cell)) !== normaliseLabel(textOf(idx, m.el))) return [];
    const out: Ctl[] = [];
    for (let s = cell.nextElementSibling; s; s = s.nextElementSibling)
      out.push(...ctlsIn(idx, s).filter(accept));
    return out;
  },
};
