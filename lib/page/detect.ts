/** Recognise the page kind and the person from visible text (forms.md, "Page kinds"). */
import type { PageKind } from './kinds';

export interface Detection {
  kind: PageKind;
  personId: string;
  personName: string;
}

const STEP_TITLE = /^(Carers Conversation|Carers Review)\s*:\s*(.+?)\s*\((\d+)\)\s*$/i;
const SUMMARY_TITLE = /^Person summary\s*[-–]\s*(.+?)\s*\((\d+)\)\s*born\b/i;

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

export function detectPage(doc: Document): Detection | null {
  const candidates = [doc.title, ...Array.from(doc.querySelectorAll('h1, h2, [role="heading"], title, .title')).map((e) => e.textContent)];
  for (const raw of candidates) {
    const text = clean(raw);
    const step = STEP_TITLE.exec(text);
    if (step) {
      const kind: PageKind = /review/i.test(step[1]) ? 'carers-review' : 'carers-conversation';
      return { kind, personName: step[2], personId: step[3] };
    }
    const summary = SUMMARY_TITLE.exec(text);
    if (summary) return { kind: 'person-summary', personName: summary[1], personId: summary[2] };
  }
  return null;
}
