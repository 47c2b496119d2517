/**
 * Fixture pages for the strategy tests: a tiny Carers Conversation page read up to matching (its
 * texts matched to questions, its tabs found), so that one way of reading can be asked directly.
 */
import { detectPage } from '@/lib/page/detect';
import { fieldDef, fieldsFor } from '@/lib/page/fields';
import { nextBoundary } from '@/lib/page/reader/boundaries';
import { ReadContext, type QMatch } from '@/lib/page/reader/context';
import { compatible } from '@/lib/page/reader/controls';
import { buildLabelSet } from '@/lib/page/reader/labels';
import { matchTexts } from '@/lib/page/reader/match';
import type { Strategy, StrategyInput } from '@/lib/page/reader/strategies';
import { findTabs } from '@/lib/page/reader/tabs';
import { indexDocument, type Ctl } from '@/lib/page/reader/walk';
import { htmlDocument } from '../../helpers';

export const TITLE = '<title>Carers Conversation : Timothy Guide (2204451)</title>';

export interface Fixture {
  doc: Document;
  ctx: ReadContext;
  /** the first page text recognised as this field's question */
  matchOf(fieldId: string): QMatch;
  /** what the strategy is given for that question */
  input(fieldId: string, accept?: (c: Ctl) => boolean): StrategyInput;
}

/**
 * A page from its body's HTML (given the step's `<title>`; a whole page with `<body` is taken as
 * it is), read up to matching. `strategy` decides the default `accept` (explicit or not).
 */
export function fixture(html: string, strategy?: Strategy): Fixture {
  const doc = htmlDocument(
    html.includes('<body') ? html : `<head>${TITLE}</head><body>${html}</body>`,
  );
  const detection = detectPage(doc);
  if (!detection) throw new Error('fixture: the page is not recognised as a step');
  const ctx = new ReadContext(
    indexDocument(doc),
    detection,
    buildLabelSet(detection.kind, {}),
    {},
    fieldsFor(detection.kind),
  );
  matchTexts(ctx);
  findTabs(ctx);
  const matchOf = (fieldId: string): QMatch => {
    const m = ctx.matches.get(fieldId)?.[0];
    if (!m) throw new Error(`fixture: no question recognised for ${fieldId}`);
    return m;
  };
  const input = (fieldId: string, accept?: (c: Ctl) => boolean): StrategyInput => {
    const m = matchOf(fieldId);
    const def = fieldDef(fieldId)!;
    const explicit = strategy?.explicit ?? false;
    return {
      ctx,
      m,
      limit: nextBoundary(ctx, m.end),
      accept: accept ?? ((c) => compatible(def.kind, c, explicit)),
    };
  };
  return { doc, ctx, matchOf, input };
}

/** The ids of the controls' elements, in the order given. */
export function ids(ctls: readonly Ctl[]): string[] {
  return ctls.map((c) => c.el.id);
}
