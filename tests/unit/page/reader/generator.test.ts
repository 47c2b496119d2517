// @vitest-environment happy-dom
/**
 * Renderings drawn from one description of a filled-in Conversation (generate/conversation.ts),
 * each in markup chosen by a seeded random generator (generate/render.ts): wrapper depth, the
 * elements carrying labels and values, section layouts, radio captions, hidden native controls
 * under widgets, and the header's forms. Every rendering must read to the same snapshot and give
 * the same findings as the reference rendering (the plainest markup), with the worker unknown
 * (and the Purchase finding quiet) where the header does not say plainly who is logged in.
 *
 * A failure names the rendering's seed: `GENERATOR_SEED=<seed> GENERATOR_COUNT=1` draws it alone.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import type { PageSnapshot } from '@/lib/page/snapshot';
import { CONVERSATION_CONTENT } from './generate/conversation';
import { seededRandom } from './generate/prng';
import { renderConversation } from './generate/render';
import { expectFields } from './expect-fields';
import { CONVERSATION_FINDINGS, CONVERSATION_PASSED_ON, findingsOf } from './new-renderings';
import { htmlDocument } from '../helpers';

const FIRST_SEED = Number(process.env.GENERATOR_SEED ?? 7919);
const COUNT = Number(process.env.GENERATOR_COUNT ?? 80);
const PURCHASE = 'act.purchase-not-self:nextActions';

function read(html: string): PageSnapshot {
  return readPage(htmlDocument(html)).snapshot;
}

/** The differences between two snapshots, field by field: `id: expected → actual`. */
function differences(expected: PageSnapshot, actual: PageSnapshot): string[] {
  const out: string[] = [];
  for (const k of ['kind', 'person', 'worker', 'tabs', 'notFound'] as const) {
    const e = JSON.stringify(expected[k]);
    const a = JSON.stringify(actual[k]);
    if (e !== a) out.push(`${k}: ${e} → ${a}`);
  }
  for (const id of Object.keys(expected.fields)) {
    const e = expected.fields[id];
    const a = actual.fields[id];
    for (const p of Object.keys(e) as Array<keyof typeof e>) {
      const ev = JSON.stringify(e[p]);
      const av = JSON.stringify(a?.[p]);
      if (ev !== av) out.push(`${id}.${p}: ${ev} → ${av}`);
    }
  }
  return out;
}

describe('renderings drawn from one description of the Conversation', () => {
  const reference = read(renderConversation(CONVERSATION_CONTENT, null).html);
  const referenceFindings = findingsOf(reference);

  it('the reference rendering reads every field, value by value', () => {
    expect(reference.worker).toBe('Jo Worker');
    expectFields(reference, 'carers-conversation', {
      ...CONVERSATION_PASSED_ON,
      // not in this page at all
      'pd.gender.selfDescribe': { found: false, shown: false, value: null },
    });
    expect(reference.notFound).toEqual([]);
    expect([...referenceFindings].sort()).toEqual([...CONVERSATION_FINDINGS, PURCHASE].sort());
  });

  it(`${COUNT} renderings read alike, seeds ${FIRST_SEED} to ${FIRST_SEED + COUNT - 1}`, () => {
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + COUNT; seed++) {
      const r = renderConversation(CONVERSATION_CONTENT, seededRandom(seed));
      const worker = r.header.plain ? CONVERSATION_CONTENT.worker : null;
      const expected = { ...reference, worker };
      const expectedFindings = r.header.plain
        ? referenceFindings
        : referenceFindings.filter((f) => f !== PURCHASE);
      const actual = read(r.html);
      const diffs = differences(expected, actual);
      const findings = findingsOf(actual);
      if (JSON.stringify(findings) !== JSON.stringify(expectedFindings))
        diffs.push(`findings: ${expectedFindings.join(', ')} → ${findings.join(', ')}`);
      if (diffs.length)
        failures.push(`seed ${seed} (${r.notes.join('; ')}):\n  ${diffs.join('\n  ')}`);
    }
    expect(failures, `GENERATOR_SEED=<seed> GENERATOR_COUNT=1 reproduces one`).toEqual([]);
  });
});
