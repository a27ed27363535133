/**
 * Outlets the article cites: "according to Frontier Post", "TASS reported", "told Reuters", "in an
 * interview with CNN". Only names that look like outlets count (an outlet word such as Post/Times/News, or a
 * known agency), so people cited the same way ("according to Lavrov") are left to the quotes. The
 * publisher itself is not a cited source.
 */
import { isFirstName, KNOWN_OUTLETS, OUTLET_WORDS } from './names.ts';

const NAME = String.raw`((?:[Tt]he[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.\-]*(?:[ \t]+(?:of[ \t]+|de[ \t]+|&[ \t]+)?\p{Lu}[\p{L}\p{N}&'’.\-]*){0,5})`;
const REPORT_VERBS = 'reported|reports|reporting|said|says|wrote|writes|quoted|quotes|cited|cites|learned|learnt|noted|notes|added|stated|states|confirmed|confirms|published|publishes|broadcast|aired|revealed|reveals|claimed|claims|obtained|first reported|was told|has learned';

const PATTERNS: RegExp[] = [
  new RegExp(String.raw`\b(?:[Aa]ccording to|[Cc]iting|cited by|quoted by|[Aa]s reported by|reported by|told|[Ii]n an interview with|[Ss]peaking to|[Ss]peaking with|[Tt]alking to|in a statement to|in comments to|via|wrote in|writing in|told the|published in|report in|report by|reports by|interview with)\s+${NAME}`, 'gu'),
  new RegExp(String.raw`${NAME}\s+(?:news agency\s+|newspaper\s+|agency\s+|channel\s+|reported|has reported|had reported|reports|quoted|cited|said in a report|wrote|first reported|has learned|learned|obtained|revealed)(?=\W)`, 'gu'),
  new RegExp(String.raw`${NAME}\s+\((?:${REPORT_VERBS})\)`, 'gu'),
  new RegExp(String.raw`\b[A-Z][A-Z .]+\(${NAME}\)`, 'gu'), // "LONDON (Reuters) -"
];

function clean(name: string): string {
  return name
    .replace(/^[Tt]he\s+/, '')
    .replace(/['’]s$/u, '')
    .replace(/[.,]+$/, '')
    .trim();
}

/** True when the name is an outlet: a known agency or a name carrying an outlet word ("Frontier Post"). */
export function looksLikeOutlet(name: string): boolean {
  const lower = name.toLowerCase();
  if (KNOWN_OUTLETS.has(lower) || KNOWN_OUTLETS.has(`the ${lower}`)) return true;
  const words = lower.split(/\s+/);
  if (words.length < 2) return false;
  return words.slice(1).some((w) => OUTLET_WORDS.has(w)) || (words.length >= 2 && OUTLET_WORDS.has(words[0] ?? '') && words[0] === 'daily');
}

/** Trims a captured run to the outlet name inside it ("Reuters on Monday" is already cut by the pattern). */
function outletIn(raw: string): string | null {
  const name = clean(raw);
  if (looksLikeOutlet(name)) return name;
  // "Russian news agency TASS": the last word alone may be the outlet.
  const parts = name.split(/\s+/);
  for (let i = 1; i < parts.length; i++) {
    const tail = parts.slice(i).join(' ');
    if (looksLikeOutlet(tail)) return tail;
  }
  return null;
}

/**
 * Outlets the article cites, in order of first citation, without the publisher; then those its bracketed credits
 * name (`credits`, from ingest), which stand where a digest names its source, so they need no outlet word.
 */
export function extractSources(text: string, publisher: string | null, credits: readonly string[] = []): string[] {
  const found = new Map<string, { name: string; at: number }>();
  const pub = publisher ? clean(publisher).toLowerCase() : null;
  for (const re of PATTERNS) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const name = m[1] ? outletIn(m[1]) : null;
      if (!name) continue;
      const key = name.toLowerCase();
      if (pub && (key === pub || pub.includes(key) || key.includes(pub))) continue;
      const prev = found.get(key);
      if (!prev || m.index < prev.at) found.set(key, { name, at: m.index });
    }
  }
  const cited = [...found.values()].sort((a, b) => a.at - b.at).map((s) => s.name);
  for (const credit of credits) {
    const name = creditedOutlet(credit);
    const key = name?.toLowerCase();
    if (!name || !key || found.has(key) || (pub && (key === pub || pub.includes(key) || key.includes(pub)))) continue;
    found.set(key, { name, at: Infinity });
    cited.push(name);
  }
  return cited;
}

/** Words after the outlet in a credit: "WSJ | Paywall". */
const CREDIT_NOTE = /\s*\|.*$/;
const CREDIT_STOP = /[.,\s]+$/;
/** A lower-case word other than a name's function words: a link's label ("Republican results"), no outlet. */
const LABEL_WORD = /(?:^|\s)(?!(?:of|the|and|for|de|on)\s)[a-z]/;

/**
 * The outlet a bracketed credit names: "NYT." → "NYT", "WSJ | Paywall" → "WSJ", "Lee Moran, HuffPost" →
 * "HuffPost" (a writer and where they write); none for a writer alone ("Jo Reilly.") or a link's label
 * ("[Democratic results, Republican results.]").
 */
function creditedOutlet(credit: string): string | null {
  const parts = credit.replace(CREDIT_NOTE, '').split(',');
  const name = clean((parts[parts.length - 1] ?? '').replace(CREDIT_STOP, ''));
  const words = name.split(' ');
  if (name === '' || LABEL_WORD.test(name) || (words.length >= 2 && words.length <= 3 && isFirstName(words[0] ?? ''))) return null;
  return name;
}
