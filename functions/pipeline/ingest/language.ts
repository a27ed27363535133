/** A cheap language guess: English function words are so frequent that their share decides it. */
const ENGLISH = new Set([
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'that', 'for', 'it', 'was', 'on', 'with', 'as', 'he', 'be', 'by',
  'at', 'are', 'said', 'his', 'have', 'from', 'has', 'this', 'not', 'but', 'they', 'were', 'an', 'will',
]);

const LETTERS = /\p{L}+/gu;

export function detectLanguage(paragraphs: readonly string[]): string {
  let words = 0;
  let english = 0;
  for (const p of paragraphs) {
    for (const w of p.toLowerCase().match(LETTERS) ?? []) {
      words++;
      if (ENGLISH.has(w)) english++;
      if (words >= 5_000) break;
    }
    if (words >= 5_000) break;
  }
  if (words < 5) return 'und';
  return english / words >= 0.12 ? 'en' : 'und';
}
