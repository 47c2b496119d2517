import { describe, expect, it } from 'vitest';
import { exportIcs, foldLine } from '@/lib/cases/io';
import { caseView } from '@/lib/deadlines';
import { listCaseViews } from '@/lib/db/cases';
import { cal, ctx, dbPerTest } from '../db/helpers';
import { TODAY, caseload, fill } from './caseload';

/** A fresh database of its own on each call, closed after the test. */
const db = dbPerTest();

describe('iCalendar', () => {
  const NOW = '2024-03-04T09:30:00Z';

  function ics() {
    const views = caseload().map((r) => caseView(r, TODAY, cal));
    return exportIcs(views, NOW);
  }

  it('is a calendar with CRLF line endings, no line over 75 octets', () => {
    const text = ics();
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  });

  it('has one all-day event per open task with a date, each with its own UID', () => {
    const text = ics();
    const unfolded = text.replace(/\r\n /g, '');
    const events = unfolded.split('BEGIN:VEVENT').slice(1);
    const views = caseload().map((r) => caseView(r, TODAY, cal));
    const expected = views
      .filter((v) => v.record.closedOn === null)
      .flatMap((v) =>
        v.tasks
          .filter((t) => t.status !== 'done' && t.due !== null)
          .map((t) => ({ uid: `${v.record.id}-${t.id}@mosaic-companion`, due: t.due! })),
      );
    expect(events).toHaveLength(expected.length);
    const uids = events.map((e) => /UID:(.*)\r\n/.exec(e)![1]);
    expect(new Set(uids).size).toBe(uids.length);
    expect(uids).toEqual(expected.map((e) => e.uid));
    const first = events[0];
    expect(first).toContain(`DTSTART;VALUE=DATE:${expected[0].due.replace(/-/g, '')}\r\n`);
    expect(first).toContain('DTSTAMP:20240304T093000Z\r\n');
    expect(unfolded).not.toContain('r4-'); // the closed case
    expect(unfolded).not.toContain('r1-initial-contact'); // ticked
    expect(unfolded).toContain('DTSTART;VALUE=DATE:20250110\r\nDTEND;VALUE=DATE:20250111\r\n'); // Carers Review
  });

  it('escapes text', () => {
    const unfolded = ics().replace(/\r\n /g, '');
    expect(unfolded).toContain('Anne "Nan" O\'Neil\\, Jr');
    expect(unfolded).toContain('Line\\nBreak');
    expect(unfolded).toContain('Make initial contact: give contact details\\, plan the home visit');
  });

  it('folds long lines without splitting a character', () => {
    const line = `SUMMARY:${'Zoë Żółć '.repeat(20)}`;
    const folded = foldLine(line);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    for (const part of folded.split('\r\n'))
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });

  it('takes a Date for the time stamp', () => {
    expect(exportIcs([], new Date('2024-03-04T09:30:00Z'))).not.toContain('VEVENT');
    const views = [caseView(caseload()[0], TODAY, cal)];
    expect(exportIcs(views, new Date(NOW))).toContain('DTSTAMP:20240304T093000Z');
  });

  it('exports the views the store lists', async () => {
    const d = db();
    await fill(d);
    const { views } = await listCaseViews(d, ctx(TODAY));
    expect(exportIcs(views, NOW).match(/BEGIN:VEVENT/g)?.length).toBe(
      ics().match(/BEGIN:VEVENT/g)?.length,
    );
  });
});
