// @vitest-environment happy-dom
/**
 * Rendering (c): <fieldset><legend> groups, aria-labelledby / aria-label, <dl> values, link tabs
 * with a "selected" class, an ARIA grid; a closed conditional question; fields left out.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { CONVERSATION } from '../../fixtures/expected';
import { expectFields, expectPlaces } from './expect-fields';
import { rendering } from '../helpers';

const FILE = 'c-fieldsets-aria.html';

describe('rendering (c): fieldsets, legends and aria-labelledby', () => {
  const reading = readPage(rendering(FILE));
  const s = reading.snapshot;

  it('knows the page, the person and the worker', () => {
    expect(s.kind).toBe('carers-conversation');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBe('Jo Worker');
  });

  it('reads every field, value by value', () => {
    expectFields(s, 'carers-conversation', {
      ...CONVERSATION,
      gpKnows: { ...CONVERSATION.gpKnows, value: 'Yes' },
      // in the page, but closed while GP knows = Yes
      gpContact: { found: true, shown: false, value: null, options: ['Yes', 'No'] },
      viewsConsidered: { ...CONVERSATION.viewsConsidered, value: 'Yes' },
      // not rendered while the views were considered
      viewsNotConsideredReason: { found: false, shown: false, value: null },
      dependentAdults: { ...CONVERSATION.dependentAdults, value: 'No' },
      'dependentAdults.details': { found: false, shown: false, value: null },
      caredFor: { ...CONVERSATION.caredFor, editable: false },
      nextActions: { ...CONVERSATION.nextActions, shown: false, tab: 'Privacy Notice', section: 2 },
    });
  });

  it('does not report closed conditional questions as missing', () => {
    expect(s.notFound).toEqual([]);
  });

  it('knows the tabs from links to their panels', () => {
    expect(s.tabs).toEqual([
      { name: 'Privacy Notice', active: false, loaded: true },
      { name: 'Carers Conversation', active: true, loaded: true },
      { name: 'Person Details form', active: false, loaded: true },
    ]);
    expectPlaces(s, 'carers-conversation', {
      form: 'Carers Conversation',
      personDetails: 'Person Details form',
      actions: 'Privacy Notice',
    });
  });

  it('resolves the "Details" boxes inside each fieldset by their questions', () => {
    expect(
      (reading.controls.get('communicationSupport.details') as HTMLTextAreaElement).value,
    ).toBe('Needs large print letters');
    expect((reading.controls.get('receivingPayment.details') as HTMLTextAreaElement).value).toBe(
      '',
    );
    expect(reading.questions.get('gpContact')!.localName).toBe('legend');
  });

  it('reports a field that is missing from the page, once', () => {
    const doc = rendering(FILE);
    doc.getElementById('q-method')!.nextElementSibling!.remove();
    doc.getElementById('q-method')!.remove();
    const r = readPage(doc).snapshot;
    expect(r.fields.contactMethod.found).toBe(false);
    expect(r.fields.contactMethod.value).toBeNull();
    expect(r.notFound).toEqual(['contactMethod']);
    // the rest is read as before
    expect(r.fields.viewsConsidered.value).toBe('Yes');
    expect(r.fields.conversation.areas).toHaveLength(7);
  });

  it('reports a conditional question missing once its condition is met', () => {
    const doc = rendering(FILE);
    doc.getElementById('gp-contact')!.remove();
    (doc.getElementById('gp2') as HTMLInputElement).checked = true; // GP knows = No
    const r = readPage(doc).snapshot;
    expect(r.fields.gpKnows.value).toBe('No');
    expect(r.notFound).toEqual(['gpContact']);
  });

  it('sees a conditional question open when the page shows it', () => {
    const doc = rendering(FILE);
    (doc.getElementById('gp2') as HTMLInputElement).checked = true;
    (doc.getElementById('gp-contact') as HTMLElement).style.display = '';
    const r = readPage(doc).snapshot;
    expect(r.fields.gpContact).toMatchObject({ found: true, shown: true, value: null });
    expect(r.notFound).toEqual([]);
  });

  it('produces a snapshot that parses with PageSnapshotSchema', () => {
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });
});
