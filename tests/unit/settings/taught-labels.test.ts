/** lib/settings/taught-labels.ts: the taught labels kept, merged with the overrides, and exported. */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { mergeSettings } from '@/lib/settings/merge';
import {
  addTaughtLabel,
  MAX_TAUGHT_LABELS,
  parseTaughtLabels,
  removeTaughtLabel,
  type TaughtLabel,
} from '@/lib/settings/taught-labels';
import { labelOverridesPolicy, withTaughtLabels } from '@/lib/settings/taught-overrides';

const GP: TaughtLabel = {
  field: 'gpKnows',
  text: 'Is your GP aware that you are a carer?',
  pageKind: 'carers-conversation',
  date: '2026-11-22',
};

describe('the list of taught labels', () => {
  it('drops a stored entry that does not fit, keeping the others', () => {
    const list = parseTaughtLabels([
      GP,
      { ...GP, field: 'gp knows' },
      { ...GP, pageKind: 'somewhere' },
      { ...GP, date: '22/11/2026' },
      { ...GP, text: '' },
      'text',
    ]);
    expect(list).toEqual([GP]);
    expect(parseTaughtLabels({ gpKnows: GP })).toEqual([]);
  });

  it('keeps one entry per field and text (the newest, whatever its case), and at most the limit', () => {
    const again = { ...GP, text: 'is your GP aware that you are a carer?', date: '2026-11-23' };
    expect(addTaughtLabel([GP], again)).toEqual([again]);
    let list: TaughtLabel[] = [];
    for (let i = 0; i < MAX_TAUGHT_LABELS + 5; i++)
      list = addTaughtLabel(list, { ...GP, text: `Question number ${'x'.repeat(i + 1)}` });
    expect(list).toHaveLength(MAX_TAUGHT_LABELS);
    expect(list[0].text).toBe(`Question number ${'x'.repeat(6)}`);
  });

  it('removes by field and text, whatever its case', () => {
    const other = { ...GP, field: 'hoursCaring', text: 'Hours a week spent caring' };
    expect(
      removeTaughtLabel([GP, other], 'gpKnows', 'IS YOUR GP AWARE THAT YOU ARE A CARER?'),
    ).toEqual([other]);
    expect(removeTaughtLabel([GP], 'hoursCaring', GP.text)).toEqual([GP]);
  });
});

describe('taught labels with the label overrides', () => {
  it('adds taught texts to the overrides of the settings', () => {
    const { settings } = mergeSettings(undefined, {
      labelOverrides: { hoursCaring: ['Hours caring each week'] },
    });
    expect(withTaughtLabels(settings.labelOverrides, [GP])).toEqual({
      hoursCaring: ['Hours caring each week'],
      gpKnows: [GP.text],
    });
  });

  it('keeps the policy’s overrides: a taught text the policy gives to another field is left out', () => {
    const { settings, locked } = mergeSettings(
      { labelOverrides: { gpContact: ['Is your GP aware that you are a carer'] } },
      { labelOverrides: { gpKnows: ['Ignored while the policy sets them'] } },
    );
    expect(locked).toContain('labelOverrides');
    expect(withTaughtLabels(settings.labelOverrides, [GP])).toEqual({
      gpContact: ['Is your GP aware that you are a carer'],
    });
    const other = { ...GP, text: 'GP aware of caring' };
    expect(withTaughtLabels(settings.labelOverrides, [other])).toEqual({
      gpContact: ['Is your GP aware that you are a carer'],
      gpKnows: ['GP aware of caring'],
    });
  });

  it('gives each text to one field only (the first taught)', () => {
    const later = { ...GP, field: 'gpContact' };
    expect(withTaughtLabels({}, [GP, later])).toEqual({ gpKnows: [GP.text] });
  });
});

describe('the policy file', () => {
  const schema = JSON.parse(
    readFileSync(new URL('../../../public/managed_schema.json', import.meta.url), 'utf8'),
  ) as object;
  const validate = new Ajv({ strict: false }).compile(schema);

  it('is a labelOverrides value that public/managed_schema.json accepts', () => {
    const policy = labelOverridesPolicy({ hoursCaring: ['Hours caring each week'] }, [GP]);
    expect(policy).toEqual({
      labelOverrides: { gpKnows: [GP.text], hoursCaring: ['Hours caring each week'] },
    });
    expect(validate(policy), JSON.stringify(validate.errors)).toBe(true);
    // the settings schema takes it too, as policy
    const { settings, problems } = mergeSettings(policy, undefined);
    expect(problems).toEqual([]);
    expect(settings.labelOverrides.gpKnows).toEqual([GP.text]);
  });

  it('is checked for real: a wrong shape is refused by the same validator', () => {
    expect(validate({ labelOverrides: { gpKnows: 'one text' } })).toBe(false);
    expect(validate({ labelOverrides: { gpKnows: [3] } })).toBe(false);
  });

  it('has no empty entries when nothing was taught', () => {
    expect(labelOverridesPolicy({ gpKnows: [] }, [])).toEqual({ labelOverrides: {} });
  });
});
