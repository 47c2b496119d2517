/** runRules: page kinds, settings overrides, and form order. */
import { describe, expect, it } from 'vitest';
import { RULES, runContext, runRules } from '../../../lib/rules';
import { OUTCOMES } from '../../../lib/page/fields';
import {
  absent,
  BASELINES,
  build,
  conversation,
  ctx,
  PERSON,
  review,
  rows,
  run,
  summary,
  value,
} from './snapshot-builder';

describe('runRules', () => {
  it('finds nothing on the complete, valid baselines', () => {
    for (const [kind, make] of Object.entries(BASELINES)) expect(run(make()), kind).toEqual([]);
  });

  it('finds nothing on a page of unknown kind', () => {
    const s = conversation(value('hoursCaring', null));
    s.kind = null;
    expect(run(s)).toEqual([]);
  });

  it('runs each rule only on its page kinds', () => {
    // Review boxes on a Conversation snapshot and Person Details on a Review are not checked.
    expect(run(conversation(value('review.supportWorking', null)))).toEqual([]);
    expect(run(review(value('pd.gender', null)))).toEqual([]);
    expect(run(summary(value('hoursCaring', null)))).toEqual([]);
  });

  it('fills in ruleId and severity from the rule', () => {
    const [f] = run(conversation(value('hoursCaring', null)));
    expect(f).toMatchObject({
      ruleId: 's1.hours-missing',
      severity: 'error',
      field: 'hoursCaring',
    });
  });

  it('switches a rule off from the settings', () => {
    const s = conversation(value('hoursCaring', null), value('gpKnows', null));
    const c = ctx({ settings: { rules: { 's1.hours-missing': { enabled: false } } } });
    expect(run(s, c).map((f) => f.ruleId)).toEqual(['s1.gp-knows-missing']);
  });

  it('changes a rule’s severity from the settings, leaving the others alone', () => {
    const s = conversation(value('hoursCaring', null), value('gpKnows', null));
    const c = ctx({
      settings: { rules: { 's1.hours-missing': { enabled: true, severity: 'info' } } },
    });
    expect(run(s, c).map((f) => [f.ruleId, f.severity])).toEqual([
      ['s1.hours-missing', 'info'],
      ['s1.gp-knows-missing', 'error'],
    ]);
  });

  it('orders findings by tab, then section, then field order, then row', () => {
    const s = conversation(
      value('pd.trans', null),
      value('outcome.recreation', null),
      value('outcome.childCare', null),
      rows('supportPlan', [
        { want: 'a', support: 'b', cost: 'x' },
        { want: 'c' },
        { support: 'd', cost: 'y' },
      ]),
      value('contactMethod', null),
      value('hoursCaring', null),
      value('gender', null),
      rows('nextActions', []),
    );
    const got = run(s, ctx({ waitingReviews: [PERSON.id] })).map(
      (f) => `${f.ruleId}|${f.field}|${f.row ?? ''}`,
    );
    expect(got).toEqual([
      // page-level first
      'wf.duplicate-conversation|null|',
      // Privacy Notice tab (next actions)
      'act.none|nextActions|',
      'act.budget-needs-purchase|nextActions|',
      'act.budget-needs-review|nextActions|',
      // Carers Conversation tab: Section 1
      's1.prepopulated-missing|gender|',
      's1.hours-missing|hoursCaring|',
      // Section 2
      's2.contact-method-missing|contactMethod|',
      // Section 3, in fields.ts order; a finding on a whole table before its rows; rows in order
      // (rules.md's order within a row)
      's3.outcome-missing|outcome.childCare|',
      's3.outcome-missing|outcome.recreation|',
      's3.funds-without-cost|supportPlan|',
      's3.cost-invalid|supportPlan|0',
      's3.support-plan-row-incomplete|supportPlan|1',
      's3.support-plan-row-incomplete|supportPlan|2',
      's3.cost-invalid|supportPlan|2',
      // Person Details form tab
      'pd.answer-missing|pd.trans|',
    ]);
  });

  it('orders the Next actions form first on a Review', () => {
    const got = run(review(value('hoursCaring', null), rows('nextActions', []))).map(
      (f) => f.ruleId,
    );
    expect(got[0]).toBe('act.none');
    expect(got.at(-1)).toBe('s1.hours-missing');
  });

  it('puts a whole-tab finding before that tab’s fields', () => {
    const s = build(
      'carers-conversation',
      [absent('hoursCaring'), value('pd.gender', null), absent('nextActions')],
      {
        unloaded: ['Carers Conversation'],
      },
    );
    expect(run(s).map((f) => `${f.field}|${f.tab ?? ''}`)).toEqual([
      'nextActions|',
      'null|Carers Conversation',
      'pd.gender|',
    ]);
  });

  it('is deterministic and leaves the snapshot unchanged', () => {
    const s = conversation(
      ...OUTCOMES.map((o) => value(o.id, null)),
      value('suggestedBudget', '750'),
    );
    const before = JSON.stringify(s);
    const a = run(s);
    const b = run(s);
    expect(a).toEqual(b);
    expect(JSON.stringify(s)).toBe(before);
    // Nothing is remembered between runs: a changed snapshot gives new findings.
    s.fields.healthDeteriorating.value = 'No';
    expect(run(s)).not.toEqual(a);
  });

  it('lets a rule be evaluated on its own, outside a run, with what the runner finds', () => {
    const s = conversation(value('healthDeteriorating', 'No'), value('fundsRequired', 'Yes'));
    const rule = RULES.find((r) => r.id === 's3.funds-not-eligible')!;
    const alone = rule.evaluate(s, runContext(s, ctx()));
    expect(alone.map((d) => d.field)).toEqual(['fundsRequired']);
    expect(run(s).filter((f) => f.ruleId === rule.id)).toMatchObject(alone);
    // A context made for the changed snapshot answers from the change.
    s.fields.healthDeteriorating.value = 'Yes';
    expect(rule.evaluate(s, runContext(s, ctx()))).toEqual([]);
  });

  it('has every rule once, with the RuleDefinition shape', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.pages.length, r.id).toBeGreaterThan(0);
      expect(typeof r.evaluate, r.id).toBe('function');
    }
  });

  it('accepts the runner’s input straight from a zod-parsed snapshot', async () => {
    const { PageSnapshotSchema } = await import('../../../lib/page/snapshot');
    const s = PageSnapshotSchema.parse(conversation(value('hoursCaring', null)));
    expect(runRules(s, ctx()).map((f) => f.ruleId)).toEqual(['s1.hours-missing']);
  });
});
