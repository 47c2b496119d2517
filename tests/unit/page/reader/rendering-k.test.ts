// @vitest-environment happy-dom
/**
 * Rendering (k): each Yes/No a <fieldset> whose <legend> is the question with "(required)" and
 * whose captions come before their radios; drop-downs a button over a <select hidden>; the seven
 * areas rich-text editors named by aria-labelledby; Section 1 a table of read-only inputs;
 * "Section 2: …" headings; "Welcome, NAME" beside a Sign out button.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { expectFields, expectPlaces } from './expect-fields';
import { CONVERSATION_FINDINGS, CONVERSATION_PASSED_ON, findingsOf } from './new-renderings';
import { rendering } from '../helpers';

describe('rendering (k): fieldsets, captions before radios, rich-text areas', () => {
  const reading = readPage(rendering('k-fieldsets-rich-text.html'));
  const s = reading.snapshot;

  it('knows the page, the person and the worker the greeting beside Sign out names', () => {
    expect(s.kind).toBe('carers-conversation');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBe('Jo Worker');
  });

  it('reads every field, value by value', () => {
    expectFields(s, 'carers-conversation', {
      ...CONVERSATION_PASSED_ON,
      // the self-describe box is not in this page at all
      'pd.gender.selfDescribe': { found: false, shown: false, value: null },
    });
    expect(s.notFound).toEqual([]);
    expectPlaces(s, 'carers-conversation', {
      form: 'Carers Conversation',
      personDetails: 'Person Details form',
      actions: 'Privacy Notice',
    });
  });

  it('takes the hidden selects and the rich-text boxes as the controls', () => {
    expect(reading.controls.get('hoursCaring')!.localName).toBe('select');
    expect(reading.controls.get('conversation/0')!.getAttribute('contenteditable')).toBe('true');
  });

  it('raises the findings of this content, with the Purchase passed to someone else', () => {
    expect(findingsOf(s)).toEqual([
      CONVERSATION_FINDINGS[0],
      'act.purchase-not-self:nextActions',
      ...CONVERSATION_FINDINGS.slice(1),
    ]);
    expect(findingsOf(s)).not.toContain('page.field-not-found:conversation');
  });

  it('produces a snapshot that parses with PageSnapshotSchema', () => {
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });
});
