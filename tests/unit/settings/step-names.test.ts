import { describe, expect, it } from 'vitest';
import { mergeSettings } from '@/lib/settings/merge';
import { DEFAULT_SETTINGS, parseSettings } from '@/lib/settings/schema';
import { formToSettings, settingsToForm } from '@/lib/settings/form';
import { DEFAULT_STEP_NAMES, caseKindOfStep, stepList } from '@/lib/steps/names';

describe('the stepNames setting', () => {
  it('takes the council’s names from policy over the user’s, and the defaults go', () => {
    const policy = {
      stepNames: { ...DEFAULT_STEP_NAMES, ras: ['Resource allocation assessment'] },
    };
    const eff = mergeSettings(policy, { stepNames: DEFAULT_STEP_NAMES });
    expect(eff.locked).toContain('stepNames');
    const list = stepList(eff.settings.stepNames);
    expect(caseKindOfStep(list, 'Resource allocation assessment')).toBe('ras');
    expect(caseKindOfStep(list, 'RAS assessment')).toBeNull();
  });

  it('refuses a policy with a blank name or a name of two case types, with a clear message', () => {
    const blank = mergeSettings({ stepNames: { ...DEFAULT_STEP_NAMES, ras: ['  '] } }, {});
    expect(blank.settings.stepNames).toEqual(DEFAULT_STEP_NAMES);
    expect(blank.problems[0].message).toBe(
      'Casework step names (RAS assessment, name 1): A step name cannot be blank.',
    );
    const twice = mergeSettings(
      { stepNames: { ...DEFAULT_STEP_NAMES, reablement: ['RAS assessment'] } },
      {},
    );
    expect(twice.settings.stepNames).toEqual(DEFAULT_STEP_NAMES);
    expect(twice.problems[0].message).toContain(
      '"RAS assessment" is a step name of both Reablement assessment and RAS assessment',
    );
  });

  it('refuses a case type without names, and a name with a colon', () => {
    expect(parseSettings({ stepNames: { ...DEFAULT_STEP_NAMES, ras: [] } }).stepNames).toEqual(
      DEFAULT_STEP_NAMES,
    );
    const r = mergeSettings({ stepNames: { ...DEFAULT_STEP_NAMES, ras: ['RAS : x'] } }, {});
    expect(r.problems[0].message).toMatch(/cannot contain a colon/);
  });

  it('the options form: one name per line; an empty list or a clash is refused at its field', () => {
    const form = settingsToForm(DEFAULT_SETTINGS);
    expect(form.stepNames['carers-assessment']).toBe(
      "Carers assessment\nCarer's assessment\nCarers Conversation",
    );
    const ok = formToSettings(
      {
        ...form,
        stepNames: { ...form.stepNames, ras: 'RAS assessment\n\nRAS review\nras review' },
      },
      DEFAULT_SETTINGS,
    );
    expect(ok.ok && ok.settings.stepNames.ras).toEqual(['RAS assessment', 'RAS review']);

    const empty = formToSettings(
      { ...form, stepNames: { ...form.stepNames, ras: '  \n' } },
      DEFAULT_SETTINGS,
    );
    expect(empty).toEqual({
      ok: false,
      errors: [
        {
          key: 'stepNames',
          inputId: 'mc-setting-stepNames-ras',
          message: 'Casework step names: Give at least one step name for RAS assessment.',
        },
      ],
    });
    const clash = formToSettings(
      {
        ...form,
        stepNames: { ...form.stepNames, 'carers-review': 'Carers Review\nRAS assessment' },
      },
      DEFAULT_SETTINGS,
    );
    expect(clash.ok).toBe(false);
    if (!clash.ok) {
      expect(clash.errors[0].inputId).toBe('mc-setting-stepNames-carers-review');
      expect(clash.errors[0].message).toContain('"RAS assessment" is a step name of both');
    }
  });
});
