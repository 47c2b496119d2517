import { cell } from '../page/answers';
import { addMonths, dateKey, formatPageDate, parseIsoDate, parsePageDate } from './common/dates';
import { STEPS } from './common/pages';
import { defineRule, type FindingDraft } from './types';

export default defineRule({
  id: 'act.review-date-off',
  severity: 'warning',
  fields: ['nextActions'],
  pages: STEPS,
  evaluate(s, ctx) {
    const today = parseIsoDate(ctx.today);
    if (today === null) return [];
    const reviews = (ctx.shared.nextActions() ?? []).filter((a) => a.kind === 'review');
    if (reviews.length === 0) return [];
    const from = addMonths(today, 11);
    const to = addMonths(today, 13);
    const range = `between ${formatPageDate(from)} and ${formatPageDate(to)}`;
    const out: FindingDraft[] = [];
    for (const a of reviews) {
      const text = cell(a.row, 'scheduledDate');
      const date = text === null ? null : parsePageDate(text);
      let message: string | null = null;
      if (text === null)
        message = `The Carers Review has no Scheduled Date: set it about a year from today (${range}), so the carer can be reviewed in a year’s time.`;
      else if (date === null)
        message = `The Carers Review’s Scheduled Date “${text}” is not a date: set it as dd/mm/yyyy, about a year from today (${range}).`;
      else if (dateKey(date) < dateKey(from) || dateKey(date) > dateKey(to))
        message = `The Carers Review is scheduled for ${formatPageDate(date)}, which is not about a year from today: set the Scheduled Date ${range}, so the carer can be reviewed in a year’s time.`;
      if (message === null) continue;
      out.push({ field: 'nextActions', control: a.row.control, row: a.index, message });
    }
    return out;
  },
});
