/** The controls after the question in document order, up to the next recognised question. */
import { ctlsBetween } from '../query';
import type { Strategy } from './types';

export const proximity: Strategy = {
  name: 'proximity',
  explicit: false,
  find({ ctx, m, limit, accept }) {
    return ctlsBetween(ctx.idx, m.end, limit).filter(accept);
  },
};
