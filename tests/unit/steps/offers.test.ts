import { describe, expect, it } from 'vitest';
import { tasksToOffer, type OfferCase, type OfferInput } from '@/lib/steps/offers';

const open = (...ids: string[]) => ids.map((id) => ({ id, status: 'upcoming' as const }));
const done = (...ids: string[]) => ids.map((id) => ({ id, status: 'done' as const }));

const ras: OfferCase = {
  kind: 'ras',
  tasks: [
    ...open('initial-contact', 'check-front-page', 'record-assessment'),
    ...open('assessment-and-support-plan', 'resident-survey'),
  ],
};
const finish: OfferInput = {
  event: 'finish',
  stepCaseKind: 'ras',
  carersStep: false,
  brokerageAction: false,
  supportPlanRow: false,
};

describe('which ticks are offered', () => {
  it('Finish or Save of a tracked assessment step: the record, and the first two while open', () => {
    expect(tasksToOffer(finish, ras)).toEqual([
      'initial-contact',
      'check-front-page',
      'record-assessment',
    ]);
    const firstDone = {
      ...ras,
      tasks: [...done('initial-contact', 'check-front-page'), ...ras.tasks.slice(2)],
    };
    expect(tasksToOffer({ ...finish, event: 'save' }, firstDone)).toEqual(['record-assessment']);
  });

  it('nothing once the record is ticked (finishing twice offers once), nor for another case type', () => {
    const recorded = {
      ...ras,
      tasks: [...open('initial-contact'), ...done('record-assessment')],
    };
    expect(tasksToOffer(finish, recorded)).toEqual([]);
    expect(tasksToOffer({ ...finish, stepCaseKind: 'reablement' }, ras)).toEqual([]);
  });

  it('a Brokerage next action offers brokerage when the case has it open', () => {
    const reab: OfferCase = {
      kind: 'reablement',
      tasks: [...done('record-assessment'), ...open('brokerage')],
    };
    const input = { ...finish, stepCaseKind: 'reablement' as const, brokerageAction: true };
    expect(tasksToOffer(input, reab)).toEqual(['brokerage']);
    expect(tasksToOffer({ ...input, brokerageAction: false }, reab)).toEqual([]);
    // A RAS case has no brokerage task.
    expect(
      tasksToOffer(
        { ...finish, brokerageAction: true },
        { kind: 'ras', tasks: done('record-assessment') },
      ),
    ).toEqual([]);
  });

  it('finishing a Conversation or Review with a support plan row offers the assessment and plan', () => {
    const carer: OfferCase = {
      kind: 'carers-assessment',
      tasks: [
        ...done('initial-contact', 'check-front-page', 'record-assessment'),
        ...open('assessment-and-support-plan'),
      ],
    };
    const review: OfferInput = {
      event: 'finish',
      stepCaseKind: 'carers-review',
      carersStep: true,
      brokerageAction: false,
      supportPlanRow: true,
    };
    expect(tasksToOffer(review, carer)).toEqual(['assessment-and-support-plan']);
    expect(tasksToOffer({ ...review, supportPlanRow: false }, carer)).toEqual([]);
    expect(tasksToOffer({ ...review, event: 'save' }, carer)).toEqual([]);
    expect(tasksToOffer({ ...review, carersStep: false }, carer)).toEqual([]);
  });
});
