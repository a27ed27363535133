/** Publication dates as sources state them (ISO meta values, "January 18, 2024", "Published: 18 Jan 2024"). */
import * as chrono from 'chrono-node';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validIso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** An ISO date (YYYY-MM-DD) from a machine-written or human-written date, or null. Only dates with a year. */
export function toIsoDate(raw: string): string | null {
  const s = raw.trim().slice(0, 200);
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (iso) return validIso(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})(?:$|T)/.exec(s);
  if (compact) return validIso(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  const found = chrono.strict.parse(s);
  for (const r of found) {
    if (!r.start.isCertain('year') || !r.start.isCertain('day')) continue;
    const y = r.start.get('year');
    const m = r.start.get('month');
    const d = r.start.get('day');
    if (y !== null && m !== null && d !== null) return validIso(y, m, d);
  }
  return null;
}

const DATE_LINE =
  /^(?:(?:published|posted|updated|last updated|first published|date)(?: on| at)?\s*:?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:[,\s]+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*\(?[A-Z]{2,5}\)?)?)?\s*(?:\|.{0,60})?$/i;

/** A line that is only a date stamp ("Published: January 18, 2024 10:05 IST"): metadata, not prose. */
export function dateStampLine(line: string): string | null {
  if (line.length > 120 || !DATE_LINE.test(line)) return null;
  return toIsoDate(line.replace(/^(?:published|posted|updated|last updated|first published|date)(?: on| at)?\s*:?\s*/i, ''));
}
