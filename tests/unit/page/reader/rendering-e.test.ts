// @vitest-environment happy-dom
/**
 * Rendering (e), as someone else would write it from forms.md's words alone: extra wrappers, hint
 * text after labels, "Label: value" paragraphs, drop-downs where the others use radios, a
 * multi-select, outcomes in a table, unlabelled free-text areas, a title bar split into spans.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { CONVERSATION, CONVERSATION_AREAS } from '../../fixtures/expected';
import { expectFields, expectPlaces } from './expect-fields';
import { rendering } from '../helpers';

describe("rendering (e): someone else's markup, forms.md's words", () => {
  const reading = readPage(rendering('e-someone-else.html'));
  const s = reading.snapshot;

  it('knows the page from a title bar in spans and its tab buttons', () => {
    expect(s.kind).toBe('carers-conversation');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBe('Jo Worker');
  });

  it('reads every field, value by value', () => {
    expectFields(s, 'carers-conversation', {
      ...CONVERSATION,
      caredFor: { ...CONVERSATION.caredFor, editable: false },
      // the seven boxes have no question text of their own
      conversation: {
        found: true,
        areas: CONVERSATION_AREAS.map((a) => ({ label: '', value: a.value })),
      },
      // not in the page while the gender is not "Prefer to self-describe"
      'pd.gender.selfDescribe': { found: false, shown: false, value: null },
      nextActions: { ...CONVERSATION.nextActions, shown: false, tab: 'Privacy Notice', section: 2 },
    });
    expect(s.notFound).toEqual([]);
  });

  it('knows the tabs', () => {
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

  it('finds long questions followed by hint text', () => {
    expect(reading.labels!.get('adultsCaredFor')).toBe(
      'No. of adults being cared for* Enter the number of adults you care for',
    );
    expect(reading.labels!.get('hoursCaring')).toBe(
      'Total hours caring per week* (your best estimate)',
    );
  });

  it('takes a drop-down answer as the chosen option, and an empty one as none', () => {
    expect(s.fields.gpKnows.options).toEqual(['Yes', 'No']);
    expect(s.fields['outcome.recreation'].value).toBeNull();
    expect(reading.controls.get('outcome.recreation')!.localName).toBe('select');
  });

  it('matches labels whatever the punctuation or case', () => {
    expect(s.fields.fundsRequired.value).toBe('Yes'); // curly apostrophe in "carer’s"
    expect(s.fields.dateOfBirth.value).toBe('01/06/1966'); // "DATE OF BIRTH*: …"
  });

  it('produces a snapshot that parses with PageSnapshotSchema', () => {
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });
});
