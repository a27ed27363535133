/**
 * Datelines open wire and newspaper stories: "MOSCOW:", "WASHINGTON (Reuters) -", "KABUL, Afghanistan —",
 * "LONDON, Jan 5 (AP) —". The place is kept as metadata and the dateline is removed from the text.
 */
const NOT_PLACES = new Set([
  'UPDATE', 'UPDATED', 'BREAKING', 'EXCLUSIVE', 'WATCH', 'LISTEN', 'READ', 'ANALYSIS', 'OPINION', 'EDITORIAL',
  'COMMENT', 'NOTE', 'EDITOR', 'PHOTOS', 'VIDEO', 'LIVE', 'FACT CHECK', 'CORRECTION', 'WARNING', 'Q', 'A',
]);

const DATELINE =
  /^((?:[A-Z][A-Z'’.-]+)(?: [A-Z][A-Z'’.-]+){0,3})((?:, ?[A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2}){0,2})(?:, ?([A-Z][a-z]{2,8}\.? \d{1,2}(?:, \d{4})?))? ?(\([^()\n]{1,40}\))? ?(?::|—|–|--| -)\s+(?=\S)/u;

export interface Dateline {
  place: string;
  /** The date a wire dateline carries ("Jan. 18, 2024" in "MOSCOW, Jan. 18, 2024 (Reuters) -"), as written. */
  date: string | null;
  /** Characters to remove from the start of the paragraph. */
  length: number;
}

export function findDateline(paragraph: string): Dateline | null {
  const m = DATELINE.exec(paragraph.slice(0, 160));
  // Groups: 1 the city, 2 the region or country after it, 3 the date, 4 the agency.
  if (!m) return null;
  const city = m[1]!;
  if (city.replace(/[^A-Z]/g, '').length < 3 || NOT_PLACES.has(city)) return null;
  // What follows must be the story, not the rest of a shouted headline.
  const rest = paragraph.slice(m[0].length);
  if (rest.length < 20) return null;
  const place = (city + (m[2] ?? '')).replace(/\s+/g, ' ').trim();
  return { place, date: m[3] ?? null, length: m[0].length };
}
