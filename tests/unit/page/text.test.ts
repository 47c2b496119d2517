import { describe, expect, it } from 'vitest';
import {
  cleanLines,
  displayLabel,
  matchLabel,
  normaliseLabel,
  splitLabelValue,
} from '@/lib/page/text';
import { canonicalOption, isPlaceholderOption } from '@/lib/page/option-text';

describe('normaliseLabel', () => {
  it('ignores case, a trailing *, surrounding whitespace and punctuation differences', () => {
    const forms = [
      'Does your GP know you are a carer?',
      '  does your GP know you are a carer ?* ',
      'DOES YOUR GP KNOW YOU ARE A CARER:',
      'Does your GP know you are a carer.',
      'Does\u00a0your GP know\n you are a carer',
    ];
    for (const f of forms) expect(normaliseLabel(f)).toBe('does your gp know you are a carer');
  });

  it('treats curly and straight quotes alike', () => {
    expect(normaliseLabel('Are funds required to meet any of the carer’s outcomes?')).toBe(
      normaliseLabel("Are funds required to meet any of the carer's outcomes"),
    );
  });

  it('keeps the words', () => {
    expect(normaliseLabel('No. of adults being cared for*')).toBe('no of adults being cared for');
    expect(normaliseLabel('Person/s being cared for')).toBe('person/s being cared for');
  });
});

describe('matchLabel', () => {
  const label = normaliseLabel('No. of adults being cared for');
  it('matches exactly after normalisation', () => {
    expect(matchLabel(normaliseLabel('No. of adults being cared for *'), label)).toBe('exact');
  });
  it('matches a long label followed by hint text', () => {
    expect(
      matchLabel(normaliseLabel('No. of adults being cared for* (enter a whole number)'), label),
    ).toBe('prefix');
  });
  it('never matches a short label by prefix', () => {
    expect(matchLabel(normaliseLabel('Address line 1'), normaliseLabel('Address'))).toBeNull();
    expect(matchLabel(normaliseLabel('Gender identity'), normaliseLabel('Gender'))).toBeNull();
  });
  it('needs a word boundary', () => {
    expect(matchLabel(normaliseLabel('No. of adults being cared forever'), label)).toBeNull();
  });
});

describe('splitLabelValue', () => {
  it('splits "Label: value" and "Label* value"', () => {
    expect(splitLabelValue('Sub Ethnicity: Any Other Mixed Back')).toEqual({
      label: 'Sub Ethnicity',
      value: 'Any Other Mixed Back',
    });
    expect(splitLabelValue('Gender* Male')).toEqual({ label: 'Gender', value: 'Male' });
    expect(splitLabelValue('Date of Birth *: 01/06/1966')).toEqual({
      label: 'Date of Birth ',
      value: '01/06/1966',
    });
    expect(splitLabelValue('no colon here')).toBeNull();
    expect(splitLabelValue('10:30')).toBeNull();
  });
});

describe('isPlaceholderOption', () => {
  it('recognises placeholders', () => {
    for (const t of [
      '-- Please Select --',
      '-- Please select --',
      'Please select',
      'Select...',
      '-- Choose --',
      '--',
      '',
      '  ',
      'Select an option',
      '- Please select a team -',
    ])
      expect(isPlaceholderOption(t), t).toBe(true);
  });
  it('keeps real options', () => {
    for (const t of [
      'Yes',
      'No',
      '1 - 7 hours',
      '0: Very low level of care provided',
      'Other (please specify below)',
      'None of these options apply',
    ])
      expect(isPlaceholderOption(t), t).toBe(false);
  });
});

describe('canonicalOption and display', () => {
  it("uses forms.md's wording when the page's matches it", () => {
    expect(canonicalOption(' yes ', ['Yes', 'No'])).toBe('Yes');
    expect(canonicalOption('1. some impact on wellbeing', ['1: some impact on wellbeing'])).toBe(
      '1: some impact on wellbeing',
    );
    expect(canonicalOption('Maybe', ['Yes', 'No'])).toBe('Maybe');
  });
  it('cleans display texts', () => {
    expect(displayLabel('  Date of Birth * ')).toBe('Date of Birth');
    expect(cleanLines('Flat 1\n   55 Bedford Way \n\n London ')).toBe(
      'Flat 1\n55 Bedford Way\nLondon',
    );
  });
});

describe('the cheap pre-filter keys', () => {
  it('give a text and its normalised form the same key, for every label of fields.ts', async () => {
    const { FIELDS } = await import('@/lib/page/fields');
    const { firstWordKey, twoWordKey } = await import('@/lib/page/word-keys');
    const texts = FIELDS.flatMap((f) => f.labels).flatMap((l) => [
      l,
      `${l}*`,
      l.toUpperCase(),
      `  ${l.replace(/'/g, '’')} ?`,
      `1. ${l}`,
    ]);
    const { firstWordHash, twoWordHash } = await import('@/lib/page/word-keys');
    for (const t of texts) {
      expect(twoWordHash(t), t).toBe(twoWordHash(normaliseLabel(t)));
      expect(twoWordHash(t), t).toBe(twoWordHash(twoWordKey(t)));
      expect(twoWordKey(t), t).toBe(twoWordKey(normaliseLabel(t)));
      expect(firstWordKey(t), t).toBe(firstWordKey(normaliseLabel(t)));
      expect(firstWordHash(t), t).toBe(firstWordHash(normaliseLabel(t)));
      expect(firstWordHash(t), t).toBe(firstWordHash(firstWordKey(t)));
    }
    for (const t of texts) {
      // small integers: no number object to make, cheaper to look up in a Set
      for (const h of [twoWordHash(t), firstWordHash(t)])
        expect(Number.isInteger(h) && h >= 0 && h < 2 ** 30, t).toBe(true);
    }
    expect(twoWordKey("Are funds required to meet any of the carer's outcomes")).toBe('are funds');
    expect(twoWordKey('Gender *')).toBe('gender');
    expect(twoWordKey('Carer’s needs')).toBe('carers needs');
  });
});

describe('the one-pass text functions', () => {
  it('normaliseLabel gives what its regular-expression reference gives', async () => {
    const fc = (await import('fast-check')).default;
    const { FIELDS } = await import('@/lib/page/fields');
    const { normaliseLabelSlow } = await import('@/lib/page/text');
    for (const f of FIELDS)
      for (const l of [...f.labels, ...(f.options ?? [])])
        expect(normaliseLabel(l)).toBe(normaliseLabelSlow(l));
    const unit = fc.constantFrom(
      'a',
      'B',
      ' ',
      '\n',
      '\u00a0',
      '.',
      '?',
      '*',
      ':',
      "'",
      '’',
      '„',
      '“',
      '–',
      '-',
      'É',
      '(',
      '/',
      '1',
    );
    fc.assert(
      fc.property(fc.string({ unit }), (s) => normaliseLabel(s) === normaliseLabelSlow(s)),
      { numRuns: 2000 },
    );
  });

  it('normaliseLabelHead gives normaliseLabel, or a beginning of it longer than the limit, cut at the end of a word', async () => {
    const fc = (await import('fast-check')).default;
    const { normaliseLabelHead } = await import('@/lib/page/text');
    const unit = fc.constantFrom(
      'a',
      'B',
      ' ',
      '\n',
      '\u00a0',
      '.',
      '?',
      '*',
      ':',
      "'",
      '’',
      '–',
      '-',
      'É',
      '/',
      '1',
    );
    fc.assert(
      fc.property(fc.string({ unit }), fc.integer({ min: 0, max: 12 }), (s, max) => {
        const full = normaliseLabel(s);
        const head = normaliseLabelHead(s, max);
        if (full.length <= max) return head === full;
        return (
          head.length > max &&
          full.startsWith(head) &&
          (full.length === head.length || full.charCodeAt(head.length) === 32)
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('the word hashes of a text match those of its keys', async () => {
    const fc = (await import('fast-check')).default;
    const { firstWordHash, firstWordKey, twoWordHash, twoWordKey } =
      await import('@/lib/page/word-keys');
    const unit = fc.constantFrom(
      'a',
      'B',
      'z',
      ' ',
      '\n',
      '\u00a0',
      '.',
      '?',
      ':',
      "'",
      '’',
      '“',
      'É',
      'é',
      'ß',
      '(',
      '/',
      '1',
      '9',
      '-',
      '\u2013',
    );
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        return (
          twoWordHash(s) === twoWordHash(twoWordKey(s)) &&
          firstWordHash(s) === firstWordHash(firstWordKey(s))
        );
      }),
      { numRuns: 3000 },
    );
  });

  it('cleanText collapses whitespace as a regular expression would', async () => {
    const fc = (await import('fast-check')).default;
    const { cleanText } = await import('@/lib/page/text');
    const ref = (s: string) => s.replace(/[\s\u00a0\u200b\u2028\u2029\ufeff]+/g, ' ').trim();
    const unit = fc.constantFrom('a', 'B', ' ', '\n', '\t', '\u00a0', 'x', '.', '\u200b');
    fc.assert(
      fc.property(fc.string({ unit }), (s) => cleanText(s) === ref(s)),
      { numRuns: 2000 },
    );
  });

  it('cleanLengthAtMost tells whether the cleaned text is at most so long', async () => {
    const fc = (await import('fast-check')).default;
    const { cleanText, cleanLengthAtMost } = await import('@/lib/page/text');
    const unit = fc.constantFrom('a', ' ', '\n', '\t', '\u00a0', 'x', '\u200b');
    fc.assert(
      fc.property(
        fc.string({ unit }),
        fc.integer({ min: 0, max: 12 }),
        (s, limit) => cleanLengthAtMost(s, limit) === cleanText(s).length <= limit,
      ),
      { numRuns: 2000 },
    );
  });
});

describe('reading a label from the raw text', () => {
  it('the label part of "Label: value" normalises alike from the raw text and from its cleaned text', async () => {
    const fc = (await import('fast-check')).default;
    const { cleanText, labelBeforeValue } = await import('@/lib/page/text');
    const unit = fc.constantFrom('a', 'B', ' ', '\n', '\t', '\u00a0', ':', '*', '1', '.', '’');
    fc.assert(
      fc.property(fc.string({ unit }), (s) => {
        const fromRaw = labelBeforeValue(s);
        const fromClean = splitLabelValue(cleanText(s));
        return fromClean === null
          ? fromRaw === null
          : fromRaw !== null && normaliseLabel(fromRaw) === normaliseLabel(fromClean.label);
      }),
      { numRuns: 2000 },
    );
    expect(labelBeforeValue('Sub Ethnicity: Any Other Mixed Back')).toBe('Sub Ethnicity');
    expect(labelBeforeValue('  \n :value')).toBeNull();
  });

  it('dropRequiredMarker of a cleaned text drops the trailing required markers as a regular expression would', async () => {
    const fc = (await import('fast-check')).default;
    const { cleanText, dropRequiredMarker } = await import('@/lib/page/text');
    const ref = (s: string) => cleanText(s).replace(/(?:\s*\*)+\s*$/, '');
    const unit = fc.constantFrom('a', ' ', '\n', '\u00a0', '\u200b', '*', '?');
    fc.assert(
      fc.property(
        fc.string({ unit }),
        (s) => dropRequiredMarker(cleanText(s)) === ref(s) && displayLabel(s) === ref(s),
      ),
      { numRuns: 2000 },
    );
  });
});
