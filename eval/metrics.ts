/** Metrics shared by the evaluations: sentence matching against extractive references, ROUGE-1. */

/** BBC reference summaries run sentences together with no space: match by substring, ignoring spacing. */
export function squashSpace(s: string): string {
  return s.replace(/\s+/g, '');
}

/** For tokenised, lower-cased copies: compare letters and digits only. */
export function squashAlnum(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

export function precisionAt(selected: readonly string[], reference: string, k: number, norm: (s: string) => string): number {
  const top = selected.slice(0, k);
  if (top.length === 0) return 0;
  const ref = norm(reference);
  return top.filter((s) => {
    const n = norm(s);
    return n.length > 0 && ref.includes(n);
  }).length / top.length;
}

export function unigrams(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

function counts(words: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Unigrams the two share, each counted as often as it appears in both (clipped counts). */
export function clippedOverlap(candidate: readonly string[], reference: readonly string[]): number {
  const ref = counts(reference);
  let hit = 0;
  for (const [w, v] of counts(candidate)) hit += Math.min(v, ref.get(w) ?? 0);
  return hit;
}

/** ROUGE-1 F1 (clipped unigram overlap), no stemming, no stop-word removal. */
export function rouge1(candidate: readonly string[], reference: readonly string[]): number {
  const hit = clippedOverlap(candidate, reference);
  const p = hit / Math.max(1, candidate.length);
  const r = hit / Math.max(1, reference.length);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * A lower-cased, tokenised copy of an article, in the style of the CNN/DailyMail release: punctuation
 * split from words, `` and '' for double quotes. Paragraph breaks are kept.
 */
export function lowerTokenised(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      let open = true;
      return line
        .toLowerCase()
        .replace(/[‘’]/g, "'")
        .replace(/["“”]/g, (m) => {
          const tok = m === '“' ? '``' : m === '”' ? "''" : open ? '``' : "''";
          open = tok === "''";
          return ` ${tok} `;
        })
        .replace(/([;()!?])/g, ' $1 ')
        // Commas and colons inside numbers ("1,250", "10:30") stay, as in the PTB tokeniser.
        .replace(/(?<!\d)([,:])|([,:])(?!\d)/g, (m) => ` ${m} `)
        // A full stop is split off unless it ends an abbreviation or an initial ("mr.", "u.s.", "j.", "jan.").
        .replace(/(^|\s)(\S+?)\.(?=\s|$|['`])/g, (m, pre: string, word: string) =>
          /^(?:mr|mrs|ms|dr|st|prof|gen|sen|rep|gov|jr|sr|inc|ltd|co|corp|vs|no|jan|feb|aug|sept?|oct|nov|dec|lt|col|sgt|capt|rev|[a-z](?:\.[a-z])*)$/.test(word) ? m : `${pre}${word} .`,
        )
        .replace(/(\w)'(s|re|ve|ll|d|m)\b/g, "$1 '$2")
        .replace(/(\w)n't\b/g, "$1 n't")
        .replace(/\$(?=\d)/g, '$ ')
        .replace(/(\d)%/g, '$1 %')
        .replace(/[ \t]+/g, ' ')
        .trim();
    })
    .join('\n');
}

/**
 * The form of the CNN/DailyMail release most summarisers are scored on (See et al. 2017): lower-cased,
 * PTB-tokenised ("it 's", "`` quote ''", "-lrb- cnn -rrb-", "--" for a dash, " ." before a full stop),
 * and the whole story on ONE line — no paragraph breaks for a ranker to lean on.
 */
export function ptbTokenised(text: string): string {
  return lowerTokenised(text.replace(/\s*[—–]\s*/g, ' -- '))
    .replace(/\(/g, '-lrb-')
    .replace(/\)/g, '-rrb-')
    .replace(/\[/g, ' -lsb- ')
    .replace(/\]/g, ' -rsb- ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ')
    .replace(/ {2,}/g, ' ');
}

/** A share (0–1) as a percentage with one decimal, as every report prints it. */
export const percent = (x: number): number => Math.round(1000 * x) / 10;

/** One decimal, for counts and lengths in reports. */
export const oneDecimal = (x: number): number => Math.round(10 * x) / 10;

/** Where one character of a text landed in its tokenised copy: `[start, end)` in the copy. */
export interface OffsetMap {
  start: Int32Array;
  end: Int32Array;
  /** Characters of the original that matched nothing in the copy (0 when the tokeniser only re-spaced and re-marked). */
  unaligned: number;
}

/** What `lowerTokenised` and `ptbTokenised` write for a character they do not just lower-case. */
const TOKEN_FOR: Readonly<Record<string, readonly string[]>> = {
  '"': ['``', "''"],
  '“': ['``', "''"],
  '”': ["''", '``'],
  '‘': ["'"],
  '’': ["'"],
  '(': ['-lrb-'],
  ')': ['-rrb-'],
  '[': ['-lsb-'],
  ']': ['-rsb-'],
  '—': ['--'],
  '–': ['--'],
};

const SPACE = /\s/;

/**
 * Maps every character of `original` to where it stands in `copy`, a tokenised form made by `lowerTokenised` or
 * `ptbTokenised` (which only lower-case, re-space, and write some marks as tokens: `` '' -lrb- --). Read both
 * side by side, skipping spaces on either side, so gold annotation spans can be carried into the copy. Linear.
 */
export function alignTokenised(original: string, copy: string): OffsetMap {
  const n = original.length;
  const start = new Int32Array(n + 1);
  const end = new Int32Array(n + 1);
  let unaligned = 0;
  let j = 0;
  for (let i = 0; i < n; i++) {
    const ch = original[i]!;
    if (SPACE.test(ch) && copy[j] !== ch) {
      start[i] = j;
      end[i] = j;
      continue;
    }
    while (j < copy.length && SPACE.test(copy[j]!) && copy[j] !== ch) j++;
    let len = 0;
    const lower = ch.toLowerCase();
    if (copy.startsWith(lower, j)) len = lower.length;
    else if (copy[j] === ch) len = 1;
    else {
      for (const tok of TOKEN_FOR[ch] ?? []) {
        if (copy.startsWith(tok, j)) {
          len = tok.length;
          break;
        }
      }
    }
    start[i] = j;
    if (len === 0) unaligned++;
    j += len;
    end[i] = j;
  }
  start[n] = j;
  end[n] = j;
  return { start, end, unaligned };
}

/** A span `[a, b)` of the original carried into the tokenised copy (see `alignTokenised`). */
export function mapSpan(map: OffsetMap, a: number, b: number): [number, number] {
  if (b <= a) return [map.start[a] ?? 0, map.start[a] ?? 0];
  return [map.start[a] ?? 0, map.end[b - 1] ?? 0];
}
