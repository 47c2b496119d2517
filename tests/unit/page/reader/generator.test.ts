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
import { renderSummary, SUMMARY_CONTENT } from './generate/summary';
import { expectFields } from './expect-fields';
import { CONVERSATION_FINDINGS, CONVERSATION_PASSED_ON, findingsOf } from './new-renderings';
import { htmlDocument } from '../helpers';

const FIRST_SEED = Number(process.env.GENERATOR_SEED ?? 7919);
const COUNT = Number(process.env.GENERATOR_COUNT ?? 80);
const SUMMARY_COUNT = Number(process.env.GENERATOR_COUNT ?? 40);
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

/**
 * The person summary's rows with "(primary)" taken out of the cells, and the index of the row
 * that held it: where the marker stands (its own cell, the group's, a Notes column) may differ.
 */
function summaryOf(s: PageSnapshot): unknown {
  const rows = (id: string) => s.fields[id].rows.map((r) => r.cells);
  const groups = rows('serviceUserGroups');
  return {
    kind: s.kind,
    person: s.person,
    worker: s.worker,
    notFound: s.notFound,
    employment: s.fields.employmentStatus.value,
    groups: groups.map((c) =>
      Object.fromEntries(Object.entries(c).map(([k, v]) => [k, v.replace(/\s*\(primary\)/i, '')])),
    ),
    primary: groups.findIndex((c) => Object.values(c).some((v) => /\(primary\)/i.test(v))),
    relationships: rows('relationships'),
  };
}

describe('renderings drawn from one description of the person summary', () => {
  const reference = read(renderSummary(SUMMARY_CONTENT, null).html);

  it('the reference rendering reads the groups, the primary one, the relationships and the status', () => {
    expect(summaryOf(reference)).toEqual({
      kind: 'person-summary',
      person: { id: '2204451', name: 'Timothy Guide' },
      worker: 'Jo Worker',
      notFound: [],
      employment: SUMMARY_CONTENT.employment,
      groups: SUMMARY_CONTENT.groups.map(({ group, subGroup, from }) => ({
        group,
        subGroup,
        from,
      })),
      primary: 1,
      relationships: SUMMARY_CONTENT.relationships,
    });
    expect(findingsOf(reference)).toEqual([]);
  });

  it(`${SUMMARY_COUNT} renderings read alike, seeds ${FIRST_SEED} to ${FIRST_SEED + SUMMARY_COUNT - 1}`, () => {
    const expected = summaryOf(reference) as Record<string, unknown>;
    const failures: string[] = [];
    for (let seed = FIRST_SEED; seed < FIRST_SEED + SUMMARY_COUNT; seed++) {
      const r = renderSummary(SUMMARY_CONTENT, seededRandom(seed));
      const actual = read(r.html);
      const want = { ...expected, worker: r.header.plain ? SUMMARY_CONTENT.worker : null };
      const got = summaryOf(actual);
      const findings = findingsOf(actual);
      if (JSON.stringify(got) !== JSON.stringify(want) || findings.length)
        failures.push(
          `seed ${seed} (${r.notes.join('; ')}):\n  ${JSON.stringify(got)}\n  findings: ${findings.join(', ')}`,
        );
    }
    expect(failures, `GENERATOR_SEED=<seed> GENERATOR_COUNT=1 reproduces one`).toEqual([]);
  });
});
