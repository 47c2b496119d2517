// @vitest-environment happy-dom
/** Rendering (a): a div per question, `<label for>` on every control, captions as `<label for>`, ARIA tabs with panels. */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { CONVERSATION } from '../../fixtures/expected';
import { expectFields, expectPlaces } from './expect-fields';
import { rendering } from '../helpers';

describe('rendering (a): label-for div layout', () => {
  const reading = readPage(rendering('a-label-for-divs.html'));
  const s = reading.snapshot;

  it('knows the page, the person and the worker', () => {
    expect(s.kind).toBe('carers-conversation');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBe('Jo Worker');
  });

  it('reads every field, value by value', () => {
    expectFields(s, 'carers-conversation', {
      ...CONVERSATION,
      // the Person Details form and the Privacy Notice are loaded but not the open tab
      'pd.gender': { ...CONVERSATION['pd.gender'], shown: false },
      nextActions: { ...CONVERSATION.nextActions, shown: false, section: 2 },
    });
    expect(s.notFound).toEqual([]);
  });

  it('knows the tabs: which is open and which are loaded', () => {
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

  it('maps control keys to the controls and their questions', () => {
    const gp = reading.controls.get(s.fields.gpKnows.control!) as HTMLInputElement;
    expect(gp.id).toBe('gp-n'); // the checked radio
    expect(reading.questions.get('gpKnows')!.textContent).toContain(
      'Does your GP know you are a carer?',
    );
    expect(reading.controls.get('hoursCaring')!.id).toBe('hours');
    expect(reading.controls.get('communicationSupport.details')!.id).toBe('com-details');
    expect(reading.controls.get('receivingPayment.details')!.id).toBe('pay-details');
    expect(reading.controls.get('pd.gender.selfDescribe')!.id).toBe('pdg-self');
    expect(reading.controls.get('pd.sexualOrientation.selfDescribe')!.id).toBe('pds-self');
    const row = s.fields.supportPlan.rows[1];
    expect((reading.controls.get(row.control!) as HTMLTextAreaElement).value).toBe('Sleep better');
    const area = s.fields.conversation.areas[2];
    expect(reading.controls.get(area.control!)!.id).toBe('c3');
    expect(reading.questions.get(area.control!)!.textContent).toBe(
      'How caring affects your health',
    );
    for (const [key, el] of reading.controls) expect(el, key).toBeTruthy();
  });

  it('tells which label each field was found by', () => {
    expect(reading.labels!.get('gpKnows')).toBe('Does your GP know you are a carer?');
    expect(reading.labels!.get('communicationSupport.details')).toBe('Details');
  });

  it('produces a snapshot that parses with PageSnapshotSchema', () => {
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });

  it('follows the page as it changes: a live value, a closed tab', () => {
    const doc = rendering('a-label-for-divs.html');
    (doc.getElementById('gp-y') as HTMLInputElement).checked = true;
    (doc.getElementById('c7') as HTMLTextAreaElement).value = 'Typed just now';
    (doc.getElementById('method') as HTMLSelectElement).selectedIndex = 0;
    const again = readPage(doc).snapshot;
    expect(again.fields.gpKnows.value).toBe('Yes');
    expect(again.fields.contactMethod.value).toBeNull();
    expect(again.fields.conversation.areas[6].value).toBe('Typed just now');
  });
});
