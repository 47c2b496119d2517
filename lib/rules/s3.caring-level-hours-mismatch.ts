import { answer, leadingLevel } from '../page/answers';
import { STEPS } from './common/pages';
import { defineRule } from './types';

const LEADING_NUMBER = /^\s*(\d+)/;
const LEVEL_WORDS = [
  '0 (very low)',
  '1 (low: less than 10 hours)',
  '2 (moderate: more than 10 hours)',
  '3 (high)',
];

export default defineRule({
  id: 's3.caring-level-hours-mismatch',
  severity: 'warning',
  fields: ['caringLevel', 'hoursCaring'],
  pages: STEPS,
  evaluate(s) {
    const level = leadingLevel(answer(s, 'caringLevel'));
    const hours = answer(s, 'hoursCaring');
    if (level === null || hours == null) return [];
    const m = LEADING_NUMBER.exec(hours);
    if (!m) return [];
    const from = Number(m[1]);
    const low = level <= 1 && from >= 15;
    const high = level >= 2 && from < 8;
    if (!low && !high) return [];
    return [
      {
        field: 'caringLevel',
        message:
          `The level of the caring role is ${LEVEL_WORDS[level]}, but Total hours caring per week is “${hours}”. ` +
          'Check the level of the caring role against the hours of care the carer provides.',
      },
    ];
  },
});
