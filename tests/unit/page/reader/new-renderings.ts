/**
 * What the renderings (g) to (j) hold besides the filled-in step of tests/unit/fixtures/expected.ts:
 * the Purchase action is passed to someone other than the worker the header names, so that a
 * worker read where the header does not say plainly who is logged in would raise
 * act.purchase-not-self.
 */
import { runRules } from '@/lib/rules';
import type { PageSnapshot } from '@/lib/page/snapshot';
import { DEFAULT_SETTINGS } from '@/lib/settings/defaults';
import { CONVERSATION, NEXT_ACTION_ROWS, type Expect } from '../../fixtures/expected';

export const RULES_CONTEXT = {
  settings: DEFAULT_SETTINGS,
  today: '2026-12-02',
  waitingReviews: ['2204451'],
};

/** The rule ids a snapshot raises, with their fields: `ruleId:field`. */
export function findingsOf(s: PageSnapshot): string[] {
  return runRules(s, RULES_CONTEXT).map((f) => `${f.ruleId}:${f.field ?? ''}`);
}

/** The Conversation's findings with this content: the same on every rendering of it. */
export const CONVERSATION_FINDINGS = [
  'wf.duplicate-conversation:',
  'act.review-date-off:nextActions',
  's2.conversation-text-missing:conversation',
  's3.outcome-missing:outcome.recreation',
];

/** The filled-in Conversation with the Purchase passed to Sam Okafor, on a closed Privacy Notice tab. */
export const CONVERSATION_PASSED_ON: Record<string, Expect> = {
  ...CONVERSATION,
  nextActions: {
    found: true,
    shown: false,
    tab: 'Privacy Notice',
    section: 2,
    cells: [{ ...NEXT_ACTION_ROWS[0], worker: 'Sam Okafor' }, NEXT_ACTION_ROWS[1]],
  },
  // worded "If you prefer to self-describe, please specify", closed while the answer is Male:
  // found by its place only once the answer opens it
  'pd.gender.selfDescribe': { found: false, shown: false, value: null },
};
