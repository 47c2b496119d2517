/** Page kinds the rules apply to, and the tab each kind of field sits on. */
import type { TabRole } from '../../page/fields';
import { TABS, type PageKind } from '../../page/kinds';

export const STEPS: PageKind[] = ['carers-conversation', 'carers-review'];
export const CONVERSATION: PageKind[] = ['carers-conversation'];
export const REVIEW: PageKind[] = ['carers-review'];
export const SUMMARY: PageKind[] = ['person-summary'];
export const ALL_PAGES: PageKind[] = ['person-summary', 'carers-conversation', 'carers-review'];

/** The step's tabs in the order the page shows them, each with the kind of fields it holds. */
export const TAB_LAYOUT: Record<PageKind, Array<{ name: string; role: TabRole }>> = {
  'person-summary': [],
  'carers-conversation': [
    { name: TABS.privacyNotice, role: 'actions' },
    { name: TABS.conversation, role: 'form' },
    { name: TABS.personDetails, role: 'personDetails' },
  ],
  'carers-review': [
    { name: TABS.nextActionsForm, role: 'actions' },
    { name: TABS.review, role: 'form' },
  ],
};

/** The visible name of the tab holding fields of this role, or null (a page without tabs). */
export function tabName(kind: PageKind | null, role: TabRole): string | null {
  if (kind === null) return null;
  return TAB_LAYOUT[kind].find((t) => t.role === role)?.name ?? null;
}
