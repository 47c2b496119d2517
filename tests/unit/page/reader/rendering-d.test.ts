// @vitest-environment happy-dom
/**
 * Rendering (d): a Carers Review with every control inside its <label>, read-only inputs and
 * <output>s for pre-populated and computed values, a table named by its <caption>.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { REVIEW } from '../../fixtures/expected';
import { expectFields, expectPlaces } from './expect-fields';
import { rendering } from '../helpers';

describe('rendering (d): wrapping labels, a Carers Review', () => {
  const reading = readPage(rendering('d-wrapping-labels-review.html'));
  const s = reading.snapshot;

  it('knows the page, the person and the worker beside "Log out"', () => {
    expect(s.kind).toBe('carers-review');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBe('Jo Worker');
  });

  it('reads every field, value by value', () => {
    expectFields(s, 'carers-review', {
      ...REVIEW,
      caredFor: { ...REVIEW.caredFor, editable: false },
      nextActions: { ...REVIEW.nextActions, shown: false, tab: 'Next actions form', section: 1 },
    });
    expect(s.notFound).toEqual([]);
  });

  it('keeps the three review boxes out of the free-text areas', () => {
    const labels = s.fields.conversation.areas.map((a) => a.label);
    expect(labels).not.toContain(
      'How well has my support been working since our last conversation.',
    );
    expect(labels).toHaveLength(4);
  });

  it('knows the tabs without links to panels', () => {
    expect(s.tabs).toEqual([
      { name: 'Next actions form', active: false, loaded: true },
      { name: 'Carers Review', active: true, loaded: true },
    ]);
    expectPlaces(s, 'carers-review', { form: 'Carers Review', actions: 'Next actions form' });
  });

  it('maps radio groups to their checked radio and wrapped controls to themselves', () => {
    expect((reading.controls.get('review.previousOutcomesMet') as HTMLInputElement).checked).toBe(
      true,
    );
    expect((reading.controls.get('hoursCaring') as HTMLSelectElement).localName).toBe('select');
    expect(reading.questions.get('hoursCaring')!.localName).toBe('label');
  });

  it('produces a snapshot that parses with PageSnapshotSchema', () => {
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });
});
