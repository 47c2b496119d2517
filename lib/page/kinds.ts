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
