/** The due dates of open tasks as all-day events (iCalendar, RFC 5545), for Outlook and other calendars. */
import { addCalendarDays, isRealDate } from '../calendar';
import { CASE_KIND_NAMES, type CaseKind, type CaseView } from './types';

function icsEscape(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n|\r/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (bytes + size > limit) {
      parts.push(current);
      current = '';
      bytes = 0;
      limit = 74; // continuation lines start with a space
    }
    current += ch;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function icsDate(date: string): string {
  return date.replace(/-/g, '');
}

/** An instant (a Date, ISO text, or a yyyy-mm-dd date taken as midnight UTC) as a UTC DATE-TIME. */
function icsStamp(now: string | Date): string {
  const d = now instanceof Date ? now : new Date(isRealDate(now) ? `${now}T00:00:00Z` : now);
  if (Number.isNaN(d.getTime())) throw new RangeError(`Not a date and time: ${String(now)}`);
  return d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** All-day events for the due dates of open tasks, for Outlook and other calendars. */
export function exportIcs(views: CaseView[], now: string | Date): string {
  const stamp = icsStamp(now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mosaic Companion//Casework deadlines//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:Casework deadlines',
  ];
  for (const view of views) {
    const r = view.record;
    if (r.closedOn !== null) continue;
    for (const task of view.tasks) {
      if (task.status === 'done' || task.due === null) continue;
      lines.push(
        'BEGIN:VEVENT',
        `UID:${r.id}-${task.id}@mosaic-companion`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${icsDate(task.due)}`,
        `DTEND;VALUE=DATE:${icsDate(addCalendarDays(task.due, 1))}`,
        `SUMMARY:${icsEscape(`${task.description} – ${r.name} (Mosaic ID ${r.personId})`)}`,
        `DESCRIPTION:${icsEscape(`${CASE_KIND_NAMES[r.kind as CaseKind]} case for ${r.name}, Mosaic ID ${r.personId}.`)}`,
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
