/**
 * A reading's steps, in the order they must run. Each step reads what the steps before it found
 * (context.ts) and adds to it; none reads what a later step finds. A step is taken in parts
 * (parts.ts): those that go field by field pause after each field.
 */
import type { ReadContext } from './context';
import { readAreas } from './fields/areas';
import { readQuestion, tieExplicitControls } from './fields/question';
import { readTable } from './fields/table';
import { readWithin } from './fields/within';
import { place } from './layout';
import { matchTextsInParts } from './match';
import { finishTabs, findTabs } from './tabs';

interface ReadingStep {
  name: string;
  /** Reads at once, or returns its parts (a step that goes field by field). */
  run(ctx: ReadContext): Generator<void, void> | void;
}

export const READING_STEPS: readonly ReadingStep[] = [
  /** page texts → questions, section headings and tab names */
  { name: 'match texts', run: matchTextsInParts },
  /** the tabs, from the tab names */
  { name: 'find tabs', run: findTabs },
  /** the controls each question's text is tied to by the page itself (they decide contests) */
  { name: 'note explicit ties', run: tieExplicitControls },
  /** questions: they bound each other, and the fields below need their places */
  {
    name: 'read questions',
    *run(ctx) {
      for (const d of ctx.defs) {
        if (d.within || d.kind === 'areas' || d.kind === 'table') continue;
        readQuestion(ctx, d);
        yield;
      }
    },
  },
  /** tables: after the questions, whose controls they must not take */
  {
    name: 'read tables',
    *run(ctx) {
      for (const d of ctx.defs) {
        if (d.within || d.kind !== 'table') continue;
        readTable(ctx, d);
        yield;
      }
    },
  },
  /** fields within another: between their parent's answers and the next question */
  {
    name: 'read fields within others',
    *run(ctx) {
      for (const d of ctx.defs) {
        if (!d.within) continue;
        readWithin(ctx, d);
        yield;
      }
    },
  },
  /** the free-text areas: what is left in Section 2 */
  {
    name: 'read free-text areas',
    *run(ctx) {
      for (const d of ctx.defs) {
        if (d.kind !== 'areas') continue;
        readAreas(ctx, d);
        yield;
      }
    },
  },
  /** each field's tab and section, and where to jump to it */
  {
    name: 'place fields',
    *run(ctx) {
      for (const d of ctx.defs) {
        const f = ctx.found.get(d.id);
        if (!f) continue;
        place(ctx, f);
        yield;
      }
    },
  },
  /** which tabs have their content in the page, and which is open */
  { name: 'finish tabs', run: finishTabs },
];
