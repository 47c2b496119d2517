// @vitest-environment happy-dom
/**
 * Renderings (i) and (j): person summaries written from forms.md's words alone. (i) is a <dl> of
 * panels, its groups a table without header row whose "(primary)" is a cell of its own, its
 * relationships "ROLE – name" list items, and "Signed in as" in the header. (j) is cards of
 * sibling <div> rows under headings that share their card's head with a link, and initials on
 * a menu button in the header.
 */
import { describe, expect, it } from 'vitest';
import { readPage } from '@/lib/page/reader';
import { PageSnapshotSchema } from '@/lib/page/snapshot';
import { SUMMARY } from '../../fixtures/expected';
import { expectFields } from './expect-fields';
import { findingsOf } from './new-renderings';
import { rendering } from '../helpers';

describe('rendering (i): a person summary as a <dl>', () => {
  const s = readPage(rendering('i-dl-person-summary.html')).snapshot;

  it('knows the page, the person and the worker "Signed in as" names', () => {
    expect(s.kind).toBe('person-summary');
    expect(s.person).toEqual({ id: '3305512', name: 'Priya Shah' });
    expect(s.worker).toBe('Jo Worker');
  });

  it('reads the groups with the primary marker kept, the relationships and the employment status', () => {
    expectFields(s, 'person-summary', {
      serviceUserGroups: {
        found: true,
        cells: [
          { group: 'Older person', subGroup: 'Dementia', from: 'From 3 Mar 2020' },
          { group: 'Carer', subGroup: 'No sub-group recorded', from: 'From 20 Jun 2023 (primary)' },
        ],
      },
      employmentStatus: { found: true, value: 'Working full time' },
      relationships: {
        found: true,
        cells: [
          { relationship: 'SPOUSE', name: 'Raj Shah' },
          { relationship: 'DAUGHTER', name: 'Anita Shah' },
        ],
      },
    });
    expect(s.notFound).toEqual([]);
    expect(() => PageSnapshotSchema.parse(s)).not.toThrow();
  });

  it('says nothing about the Carer group: it is there and primary', () => {
    expect(findingsOf(s)).toEqual([]);
  });
});

describe('rendering (j): a person summary as cards of <div> rows', () => {
  const s = readPage(rendering('j-panels-person-summary.html')).snapshot;

  it('knows the page and the person, and not the worker: only initials are shown', () => {
    expect(s.kind).toBe('person-summary');
    expect(s.person).toEqual({ id: '2204451', name: 'Timothy Guide' });
    expect(s.worker).toBeNull();
  });

  it('reads each row of <div>s under its heading', () => {
    expectFields(s, 'person-summary', {
      ...SUMMARY,
      serviceUserGroups: {
        found: true,
        cells: [
          { group: 'Carer (primary)', subGroup: 'No sub-group recorded', from: 'From 20 Jun 2023' },
          { group: 'Older person', subGroup: 'Physical support', from: 'From 2 Feb 2021' },
        ],
      },
    });
    expect(s.notFound).toEqual([]);
  });

  it('says nothing about the Carer group: it is there and primary', () => {
    expect(findingsOf(s)).toEqual([]);
  });
});

describe('rendering (l): a person summary of tables with header rows', () => {
  const s = readPage(rendering('l-table-person-summary.html')).snapshot;

  it('knows the page, the person and the worker beside Log off', () => {
    expect(s.kind).toBe('person-summary');
    expect(s.person).toEqual({ id: '4410876', name: 'Mary Jones' });
    expect(s.worker).toBe('Jo Worker');
  });

  it('keeps the "(primary)" of a Notes column with its row', () => {
    expectFields(s, 'person-summary', {
      serviceUserGroups: {
        found: true,
        cells: [
          { group: 'Older person', subGroup: 'Frailty', from: 'From 4 Apr 2019' },
          { group: 'Carer', subGroup: 'No sub-group recorded', from: 'From 20 Jun 2023 (primary)' },
        ],
      },
      employmentStatus: { found: true, value: 'Retired' },
      relationships: {
        found: true,
        cells: [
          { relationship: 'HUSBAND', name: 'Peter Jones' },
          { relationship: 'NEIGHBOUR', name: 'Sue Patel' },
        ],
      },
    });
    expect(s.notFound).toEqual([]);
  });

  it('says nothing about the Carer group: it is there and primary', () => {
    expect(findingsOf(s)).toEqual([]);
  });
});
