/** The page kinds each rule applies to. */
import type { PageKind } from '../../page/kinds';

export const STEPS: PageKind[] = ['carers-conversation', 'carers-review'];
export const CONVERSATION: PageKind[] = ['carers-conversation'];
export const REVIEW: PageKind[] = ['carers-review'];
export const SUMMARY: PageKind[] = ['person-summary'];
export const ALL_PAGES: PageKind[] = ['person-summary', 'carers-conversation', 'carers-review'];
