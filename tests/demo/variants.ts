/**
 * Demo pages that are another page of pages.ts worded differently, as a council's Mosaic may be.
 * They are not in DEMO_PAGES (whose expectations describe pages worded as forms.md says): each is
 * the static HTML of its page with some texts replaced, written by build-pages.ts beside the others.
 */
import { demoPage } from './pages';

export interface VariantPage {
  file: string;
  /** The page of DEMO_PAGES it is made from. */
  from: string;
  description: string;
  /** Texts of the page replaced by the council's wording: [as forms.md words it, as this page does]. */
  replace: Array<[string, string]>;
}

/** The complete Carers Conversation asking about the GP in other words: the sidebar cannot find it. */
export const REWORDED_CONVERSATION: VariantPage = {
  file: 'conversation-reworded.html',
  from: 'conversation-complete.html',
  description:
    'The complete Conversation with "Does your GP know you are a carer?" worded "Is your GP aware that you are a carer?"',
  replace: [['Does your GP know you are a carer?', 'Is your GP aware that you are a carer?']],
};

export const VARIANT_PAGES: VariantPage[] = [REWORDED_CONVERSATION];

/** The variant's HTML from its page's HTML (`render` is build-pages.ts's renderPage). */
export function variantHtml(v: VariantPage, render: (file: string) => string): string {
  let html = render(demoPage(v.from).file);
  for (const [from, to] of v.replace) {
    if (!html.includes(from)) throw new Error(`${v.file}: "${from}" is not in ${v.from}`);
    html = html.split(from).join(to);
  }
  return html;
}
