import type { TabRole } from './fields';

/** The Mosaic pages the extension understands (forms.md, "Page kinds"). */
export const PAGE_KINDS = ['person-summary', 'carers-conversation', 'carers-review'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The form tabs of each workflow step, as the page names them. */
export const TABS = {
  privacyNotice: 'Privacy Notice',
  conversation: 'Carers Conversation',
  personDetails: 'Person Details form',
  nextActionsForm: 'Next actions form',
  review: 'Carers Review',
} as const;
export type TabKey = keyof typeof TABS;

export const STEP_TABS: Record<Exclude<PageKind, 'person-summary'>, TabKey[]> = {
  'carers-conversation': ['privacyNotice', 'conversation', 'personDetails'],
  'carers-review': ['nextActionsForm', 'review'],
};

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
