import { describe, expect, it } from 'vitest';
import { DEFAULT_STEP_NAMES, caseKindOfStep, clashingStepName, stepList } from '@/lib/steps/names';

describe('step names to case types', () => {
  it('maps the default step names of forms.md, ignoring case, spaces and the apostrophe', () => {
    const list = stepList(DEFAULT_STEP_NAMES);
    expect(caseKindOfStep(list, 'RAS assessment')).toBe('ras');
    expect(caseKindOfStep(list, 'reablement  Assessment')).toBe('reablement');
    expect(caseKindOfStep(list, 'Carer’s assessment')).toBe('carers-assessment');
    expect(caseKindOfStep(list, 'Carers Conversation')).toBe('carers-assessment');
    expect(caseKindOfStep(list, 'Carers Review')).toBe('carers-review');
    expect(caseKindOfStep(list, 'Contact assessment')).toBeNull();
  });

  it('finds a name given to two case types, whatever its case and spaces', () => {
    expect(clashingStepName({ reablement: ['A step'], ras: ['a  STEP'] })?.kinds).toEqual([
      'reablement',
      'ras',
    ]);
  });
});
