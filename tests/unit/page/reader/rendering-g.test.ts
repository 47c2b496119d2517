// @vitest-environment happy-dom
/**
 * Rendering (g): a widget toolkit's markup. Drop-downs are role="combobox" buttons over a native
 * <select> held display:none, radios and tick boxes are visually hidden behind styled labels,
 * Section 1 is a <dl> with a cog glyph before each label, and the header shows initials on a menu
 * button with the name only inside the closed menu.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { expectFields, expectPlaces } from './expect-fields';
import { CONVERSATION_FINDINGS, CONVERSATION_PASSED_ON, findingsOf } from './new-renderings';
import { rendering } from '../helpers';

describe("rendering (g): a widget toolkit's comboboxes and hidden native controls", () => {
  const reading = readPage(rendering('g-widget-toolkit.html'));
  const s = reading.snapshot;

  it('knows the page and the person, and not the worker: the header does not say who is logged in', () => {
    expect(s.kind).toBe('carers-conversation');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBeNull();
  });

  it('reads every field, value by value', () => {
    expectFields(s, 'carers-conversation', CONVERSATION_PASSED_ON);
    expect(s.notFound).toEqual([]);
    expectPlaces(s, 'carers-conversation', {
      form: 'Carers Conversation',
      personDetails: 'Person Details form',
      actions: 'Privacy Notice',
    });
  });

  it('takes the hidden native controls as the answers, not "not found"', () => {
    expect(reading.controls.get('hoursCaring')!.localName).toBe('select');
    expect(reading.controls.get('gpKnows')!.getAttribute('type')).toBe('radio');
    expect(reading.controls.get('wellbeingImpact')!.getAttribute('type')).toBe('checkbox');
  });

  it('reads a pre-filled label past the cog glyph drawn before it', () => {
    expect(reading.labels!.get('dateOfBirth')).toBe('Date of Birth');
    expect(s.fields.dateOfBirth).toMatchObject({ found: true, value: '01/06/1966' });
  });

  it('finds the box under a combobox answer past its closed list of options', () => {
    expect(s.fields['pd.sexualOrientation.selfDescribe']).toMatchObject({
      found: true,
      value: 'Queer',
    });
  });

  it('raises the findings of this content, and no purchase finding while the worker is unknown', () => {
    expect(findingsOf(s)).toEqual(CONVERSATION_FINDINGS);
  });

  it('raises the purchase finding once the header says plainly who is logged in', () => {
    const doc = rendering('g-widget-toolkit.html');
    doc.querySelector('.tk-menu__name')!.textContent = 'Signed in as Jo Worker';
    const r = readPage(doc).snapshot;
    expect(r.worker).toBe('Jo Worker');
    expect(findingsOf(r)).toContain('act.purchase-not-self:nextActions');
  });

  it('produces a snapshot that parses with PageSnapshotSchema', () => {
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });
});
