// @vitest-environment happy-dom
/** lib/page/teach.ts and teach-candidates.ts: what a worker may teach, and what they may point at. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { checkTaughtText, type TeachContext } from '@/lib/page/teach';
import { pointedText, teachCandidates } from '@/lib/page/teach-candidates';
import { REWORDED_CONVERSATION } from '../../demo/variants';
import { htmlDocument } from './helpers';

const SITE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'demo', 'site');

const CTX: TeachContext = {
  pageKind: 'carers-conversation',
  field: 'gpKnows',
  personName: 'Timothy Guide',
  optionTexts: ['Face to face', 'Telephone'],
  labelOverrides: { hoursCaring: ['Hours spent caring each week'] },
};

function refusal(text: string, ctx: TeachContext = CTX): string {
  const r = checkTaughtText(text, ctx);
  if (r.ok) throw new Error(`"${text}" was accepted`);
  return r.reason;
}

describe('a text pointed at as a question', () => {
  it('is kept as the page shows it, whitespace collapsed and the required marker dropped', () => {
    expect(checkTaughtText('  Is your GP aware\n that you are a carer?* ', CTX)).toEqual({
      ok: true,
      text: 'Is your GP aware that you are a carer?',
    });
    expect(checkTaughtText('GP informed (carer status)', CTX).ok).toBe(true);
  });

  it('is refused when it has no words, or is too long for a question', () => {
    expect(refusal(' * ')).toMatch(/no words/);
    expect(refusal('word '.repeat(26))).toMatch(/over 25 words/);
    expect(checkTaughtText('word '.repeat(25), CTX).ok).toBe(true);
  });

  it('is refused when it looks like personal data: a date, a Mosaic ID, the person’s name', () => {
    for (const date of [
      'Seen on 12/03/2024',
      'Due 2026-11-22',
      'Visited 3 March 2025',
      'March 3, 2025',
    ])
      expect(refusal(date)).toMatch(/date/);
    expect(refusal('Timothy Guide (2204451)')).toMatch(/long number|name/);
    expect(refusal('Record 2204451')).toMatch(/long number/);
    expect(refusal('Does Timothy have a GP?')).toMatch(/name of the person/);
    expect(refusal('Mr Guide’s GP')).toMatch(/name of the person/);
    expect(checkTaughtText('Does Timothy have a GP?', { ...CTX, personName: null }).ok).toBe(true);
  });

  it('is refused when it is an answer to choose from, on the page or in the forms', () => {
    expect(refusal('Telephone')).toMatch(/answers to choose from/);
    expect(refusal('Yes')).toMatch(/answers to choose from/);
    expect(refusal('22 - 28 hours')).toMatch(/answers to choose from/);
  });

  it('is refused when it is already another field’s question, in the forms or the overrides', () => {
    expect(refusal('Total hours caring per week*')).toMatch(/another field/);
    expect(refusal('Hours spent caring each week')).toMatch(/another field/);
    // its own field's override is no other field's
    expect(
      checkTaughtText('Hours spent caring each week', { ...CTX, field: 'hoursCaring' }).ok,
    ).toBe(true);
  });

  it('says nothing was kept whenever it refuses', () => {
    for (const t of ['', 'Telephone', 'Record 2204451', 'Total hours caring per week'])
      expect(refusal(t)).toMatch(/Nothing was kept\.$/);
  });
});

describe('the page’s texts offered for teaching', () => {
  const doc = () => htmlDocument(readFileSync(join(SITE_DIR, REWORDED_CONVERSATION.file), 'utf8'));

  it('offers the reworded question, which no field claimed, and no recognised question', () => {
    const texts = teachCandidates(doc()).map((c) => c.text);
    expect(texts).toContain('Is your GP aware that you are a carer?*');
    expect(texts).not.toContain('Total hours caring per week*');
    expect(texts.every((t) => !/Does your GP know/.test(t))).toBe(true);
  });

  it('offers nothing once the taught label finds the field', () => {
    const d = doc();
    const labelOverrides = { gpKnows: ['Is your GP aware that you are a carer?'] };
    expect(readPage(d, { labelOverrides }).snapshot.notFound).not.toContain('gpKnows');
    const texts = teachCandidates(d, { labelOverrides }).map((c) => c.text);
    expect(texts.some((t) => /GP aware/.test(t))).toBe(false);
  });

  it('takes the question’s whole text when the pointer is on its required marker', () => {
    const d = doc();
    const marker = Array.from(d.querySelectorAll('.req')).find((e) =>
      e.parentElement?.textContent?.includes('GP aware'),
    )!;
    expect(pointedText(d, marker).text).toBe('Is your GP aware that you are a carer?*');
  });
});
