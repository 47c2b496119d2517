// @vitest-environment happy-dom
/**
 * Rendering (b): legacy layout tables, no <label> elements, radio captions as bare text next to the
 * inputs, values in the next cell, and only the open tab's form in the page.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { CONVERSATION, type Expect } from '../../fixtures/expected';
import { expectFields, expectPlaces } from './expect-fields';
import { rendering } from '../helpers';

const NOT_LOADED: Expect = { found: false, shown: false, value: null };

describe('rendering (b): legacy layout tables', () => {
  const reading = readPage(rendering('b-legacy-tables.html'));
  const s = reading.snapshot;

  it('knows the page from a table-cell title bar and the worker from the name beside Log out', () => {
    expect(s.kind).toBe('carers-conversation');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBe('Jo Worker');
  });

  it('reads every field of the open tab, value by value', () => {
    expectFields(s, 'carers-conversation', {
      ...CONVERSATION,
      'pd.gender': NOT_LOADED,
      'pd.gender.selfDescribe': NOT_LOADED,
      'pd.trans': NOT_LOADED,
      'pd.genderSameAsBirth': NOT_LOADED,
      'pd.sexualOrientation': NOT_LOADED,
      'pd.sexualOrientation.selfDescribe': NOT_LOADED,
      nextActions: { found: false, rows: [] },
    });
  });

  it('reports the tabs whose forms are not in the page as not loaded, not their fields as missing', () => {
    expect(s.tabs).toEqual([
      { name: 'Privacy Notice', active: false, loaded: false },
      { name: 'Carers Conversation', active: true, loaded: true },
      { name: 'Person Details form', active: false, loaded: false },
    ]);
    expect(s.notFound).toEqual([]);
    expectPlaces(s, 'carers-conversation', { form: 'Carers Conversation' });
  });

  it('takes an unlabelled box right after a Yes/No for its details', () => {
    const box = reading.controls.get('dependentAdults.details') as HTMLTextAreaElement;
    expect(box.getAttribute('name')).toBe('f310');
    // and not the boxes of the outcomes, which have their own question before them
    expect(
      (reading.controls.get('outcome.recreation') as HTMLInputElement).getAttribute('name'),
    ).toBe('f308');
  });

  it('resolves the two "Details" boxes by their questions', () => {
    expect(
      (reading.controls.get('communicationSupport.details') as HTMLElement).getAttribute('name'),
    ).toBe('f106');
    expect(
      (reading.controls.get('receivingPayment.details') as HTMLElement).getAttribute('name'),
    ).toBe('f108');
  });

  it('produces a snapshot that parses with PageSnapshotSchema', () => {
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });
});
