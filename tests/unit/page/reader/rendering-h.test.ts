// @vitest-environment happy-dom
/**
 * Rendering (h): every question and pre-filled value a row of two sibling <div>s, values as plain
 * text, radios and tick boxes captioned by the bare text after them, the cared-for list an ARIA
 * table of <div>s, "Section 1 – …" headings, and a user box with the name over the team and the
 * date beside Log out.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { expectFields, expectPlaces } from './expect-fields';
import { CONVERSATION_FINDINGS, CONVERSATION_PASSED_ON, findingsOf } from './new-renderings';
import { rendering } from '../helpers';

describe('rendering (h): two-column rows of <div>s, captions as bare text', () => {
  const reading = readPage(rendering('h-div-rows.html'));
  const s = reading.snapshot;

  it('knows the page and the person, and not the worker: a team and a date stand beside Log out', () => {
    expect(s.kind).toBe('carers-conversation');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBeNull();
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

  it('knows the tabs: which is open and which are loaded', () => {
    expect(s.tabs).toEqual([
      { name: 'Privacy Notice', active: false, loaded: true },
      { name: 'Carers Conversation', active: true, loaded: true },
      { name: 'Person Details form', active: false, loaded: true },
    ]);
  });

  it('raises the findings of this content, and no purchase finding while the worker is unknown', () => {
    expect(findingsOf(s)).toEqual(CONVERSATION_FINDINGS);
  });

  it('produces a snapshot that parses with PageSnapshotSchema', () => {
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });
});
