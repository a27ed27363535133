/**
 * Figures: numbers that carry a unit (money, percentages, measures, counts of things), with what they
 * measure. "36 tons" → { value: 36, unit: "tons", context: "humanitarian aid" }; "$1.13bn" → value
 * 1.13e9, unit "USD"; "770 citizens … were evacuated" → context "citizens evacuated".
 *
 * Years, dates, times, ordinals and bare numbers without a unit are not figures. One regex pass finds
 * numbers; each is then judged from a short window around it, so the cost is linear in the text.
 */
import type { SentenceSpan } from './sentences.ts';

export interface FigureSpan {
  text: string;
  value: number | null;
  unit: string | null;
  context: string;
  start: number;
  end: number;
}

const NUMBER = /(?<![\p{L}\p{N}_.,/:-])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\d,]\d)/gu;

const CURRENCY_PREFIX: Array<[RegExp, string]> = [
  [/(?:US|U\.S\.)\s?\$\s?$/i, 'USD'],
  [/A\$\s?$/, 'AUD'],
  [/C\$\s?$/, 'CAD'],
  [/HK\$\s?$/, 'HKD'],
  [/\$\s?$/, 'USD'],
  [/£\s?$/, 'GBP'],
  [/€\s?$/, 'EUR'],
  [/¥\s?$/, 'JPY'],
  [/₹\s?$/, 'INR'],
  [/₽\s?$/, 'RUB'],
  [/\b(?:Rs\.?|INR)\s?$/, 'INR'],
  [/\b(?:USD|EUR|GBP|RUB|CNY|JPY|CHF|AUD|CAD)\s?$/, ''],
];

const SCALES: Record<string, number> = {
  k: 1e3, thousand: 1e3, m: 1e6, mn: 1e6, mln: 1e6, million: 1e6, millions: 1e6, bn: 1e9, b: 1e9, billion: 1e9,
  billions: 1e9, tn: 1e12, trillion: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
};

const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', rupee: 'INR', rupees: 'INR', yuan: 'CNY',
  yen: 'JPY', afghanis: 'AFN', francs: 'CHF',
};

const MEASURES = new Set(
  `ton tons tonne tonnes t kg kilogram kilograms kilogramme kilogrammes g gram grams lb lbs ounce ounces km
  kilometre kilometres kilometer kilometers mile miles metre metres meter meters m cm mm ft foot feet inch
  inches yard yards hectare hectares ha acre acres litre litres liter liters gallon gallons barrel barrels bpd
  mph kph km/h knots degree degrees °c °f mw gw kw kwh mwh gwh tw twh gb tb mb kb mbps gbps sq square cubic
  year years month months week weeks day days hour hours minute minutes second seconds decade decades
  century centuries percentage points point points pts`.split(/\s+/),
);

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?$/i;

/** Words that look plural but are not the thing counted. */
const NOT_COUNTED = new Set(
  `is was has his this its as us thus always perhaps across besides yes less unless news whereas plus minus
  series species since towards upwards afterwards its`.split(/\s+/),
);
const IRREGULAR_PLURALS = new Set(
  'people children men women police staff personnel cattle sheep fish aircraft troops personnel crew'.split(' '),
);

const APPROX = /(?:\b(?:between|more than|less than|fewer than|over|under|about|around|almost|nearly|roughly|approximately|at least|at most|up to|some|just over|just under|as many as|as much as|an estimated|estimated)\s+)$/i;

/** Linking words after which the thing measured is named before the figure ("aid weighing 36 tons"). */
const BEFORE_LINKERS = new Set(
  'weighing worth totalling totaling costing valued amounting measuring numbering of at for'.split(' '),
);
const CHANGE_VERBS =
  /^(?:rose|rise|rises|rising|risen|grown|cut|cuts|reduce|reduced|reduces|boost|boosted|lift|lifted|lower|lowered|raise|raises|extend|extended|jumped|jump|jumps|fell|fall|falls|falling|fallen|dropped|drop|drops|slumped|slump|slumps|grew|grow|grows|growing|increased|increase|increases|decreased|decrease|declined|decline|declines|climbed|climb|soared|soar|surged|surge|plunged|plunge|gained|gain|lost|lose|edged|slid|slipped|tumbled|was|were|is|are|stood|reached|hit|totalled|totaled|posted|reported|raised|cut|up|down)$/i;

const PREPOSITIONS = new Set(
  `of in on at for from to by with about against between into through during before after above below under
  over than as per via within without across among amid and or but that which who whose while when where the
  a an its their his her our this these those some any each every such no he she it they we i you said says
  saw see sees has have had is was were are be been will would could should can may might also`.split(/\s+/),
);

const VERB_AFTER =
  /\b(?:(?:were|was|have been|had been|has been|are|is|will be|would be|being|been|got)\s+((?:\w+ly\s+)?(?:\w+ed|\w+en|held|sold|built|made|lost|won|paid|spent|sent|brought|found|kept|hit|hurt|left))|(arrived|died|fled|came|went|left|lost|joined|returned|remain|remained|live|lived|work|worked|took part|voted|signed|attended|gathered|protested))\b/i;

function wordsOf(s: string): string[] {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}

/** A short noun phrase read backwards from the end of `before`, stopping at function words or punctuation. */
function phraseBefore(before: string, maxWords = 3): string {
  const clause = before.split(/[,;:()"“”—–]|\s-\s/).pop() ?? '';
  const ws = wordsOf(clause);
  const out: string[] = [];
  for (let i = ws.length - 1; i >= 0 && out.length < maxWords; i--) {
    const w = ws[i]!;
    if (PREPOSITIONS.has(w.toLowerCase()) || CHANGE_VERBS.test(w) || /^\d/.test(w)) break;
    out.unshift(w);
  }
  return out.join(' ');
}

/** A short noun phrase read forwards from the start of `after` (leading articles skipped). */
function phraseAfter(after: string, maxWords = 4): string {
  const clause = after.split(/[,;:()"“”—–.!?]|\s-\s/)[0] ?? '';
  const ws = wordsOf(clause);
  const out: string[] = [];
  let i = 0;
  while (i < ws.length && /^(?:the|a|an|its|their|his|her|our|both|all|each|either|these|those)$/i.test(ws[i]!)) i++;
  for (; i < ws.length && out.length < maxWords; i++) {
    const w = ws[i]!;
    if (PREPOSITIONS.has(w.toLowerCase()) || CHANGE_VERBS.test(w) || /^\d/.test(w)) break;
    if (/^(?:were|was|is|are|have|has|had|will|would|which|who|that|out|off|away|back|ago|each|apiece|per)$/i.test(w)) break;
    out.push(w);
  }
  return out.join(' ');
}

function isPluralNoun(w: string): boolean {
  const lw = w.toLowerCase();
  if (IRREGULAR_PLURALS.has(lw)) return true;
  if (NOT_COUNTED.has(lw) || lw.length < 3) return false;
  return /[^s'’]s$/.test(lw) || /(?:ies|ses|xes|ches|shes)$/.test(lw);
}

function numberValue(raw: string): number {
  return Number(raw.replace(/,/g, ''));
}

interface Parsed {
  end: number;
  value: number;
  unit: string | null;
  kind: 'money' | 'percent' | 'measure' | 'count';
  /** The counted or measured noun(s) when the unit is a plain noun ("citizens"). */
  noun: string | null;
}

/** Reads scale, unit and range after a number that starts at `at` and ends at `numEnd`. */
function readAfter(text: string, numStart: number, numEnd: number, value: number, currency: string | null): Parsed | null {
  let pos = numEnd;
  let v = value;
  const rest = (): string => text.slice(pos, pos + 60);
  // Range: "5-10", "5 to 10", "between 5 and 10": the second number shares the unit.
  const range = /^(?:\s?[-–]\s?|\s+to\s+|\s+and\s+)(?:[$£€]\s?)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/.exec(rest());
  if (range && (!/^\s+and\s/.test(range[0]) || /\bbetween\s+\S*$/i.test(text.slice(Math.max(0, numStart - 20), numStart)))) {
    pos += range[0].length;
  }
  const scale = /^\s?(k|m|mn|mln|bn|b|tn)\b|^\s(thousand|millions?|billions?|trillion|crores?|lakhs?)\b/i.exec(rest());
  if (scale) {
    const word = (scale[1] ?? scale[2])!.toLowerCase();
    // "10m" is ten million after a currency, ten metres otherwise.
    if (currency !== null || word.length > 2 || word === 'bn' || word === 'mn' || word === 'tn' || word === 'mln') {
      v *= SCALES[word] ?? 1;
      pos += scale[0].length;
    }
  }
  if (currency !== null) return { end: pos, value: v, unit: currency || null, kind: 'money', noun: null };
  const pct = /^\s?(%|per cent\b|percent\b|pc\b|percentage points?\b)/i.exec(rest());
  if (pct) {
    const unit = /points?/i.test(pct[1]!) ? 'percentage points' : '%';
    return { end: pos + pct[0].length, value: v, unit, kind: 'percent', noun: null };
  }
  const attached = /^(km|kg|cm|mm|m|g|t|ft|mph|kph|mw|gw|kw|kwh|gb|tb|mb|°c|°f)\b/i.exec(rest());
  if (attached) return { end: pos + attached[0].length, value: v, unit: attached[1]!.toLowerCase(), kind: 'measure', noun: null };
  const next = /^\s(?:([\p{Lu}\p{Ll}][\p{L}-]*)\s)?([\p{L}][\p{L}/°-]*)/u.exec(rest());
  if (!next) return null;
  const first = next[1];
  const second = next[2]!;
  const single = /^\s([\p{L}][\p{L}/°-]*)/u.exec(rest())![1]!;
  const lsingle = single.toLowerCase();
  if (CURRENCY_WORDS[lsingle]) {
    return { end: pos + 1 + single.length, value: v, unit: CURRENCY_WORDS[lsingle]!, kind: 'money', noun: null };
  }
  if (MEASURES.has(lsingle)) {
    let end = pos + 1 + single.length;
    let unit = lsingle;
    const sq = /^\s(kilometres|kilometers|km|miles|metres|meters|feet|points?)\b/i.exec(text.slice(end, end + 20));
    if ((lsingle === 'square' || lsingle === 'cubic' || lsingle === 'percentage' || lsingle === 'sq') && sq) {
      end += sq[0].length;
      unit = `${lsingle} ${sq[1]!.toLowerCase()}`;
    }
    return { end, value: v, unit, kind: 'measure', noun: null };
  }
  if (isPluralNoun(single)) return { end: pos + 1 + single.length, value: v, unit: single, kind: 'count', noun: single };
  // One adjective between number and noun: "36 Russian citizens", "200 armed men".
  if (first !== undefined && isPluralNoun(second) && !PREPOSITIONS.has(first.toLowerCase()) && !CHANGE_VERBS.test(first)) {
    return { end: pos + 1 + first.length + 1 + second.length, value: v, unit: second, kind: 'count', noun: `${first} ${second}` };
  }
  return null;
}

function contextFor(text: string, sentence: SentenceSpan, start: number, parsed: Parsed): string {
  const before = text.slice(Math.max(sentence.start, start - 160), start).replace(APPROX, '');
  const after = text.slice(parsed.end, Math.min(sentence.end, parsed.end + 200));
  const beforeWords = wordsOf(before.split(/[,;:()"“”—–]/).pop() ?? '');
  const prev = beforeWords[beforeWords.length - 1]?.toLowerCase() ?? '';
  // "5.65bn euros ($7.4bn; £3.9bn) of purchases": a conversion in brackets sits between the figure and its "of".
  const unbracketed = after.replace(/^\s*\([^()]{0,60}\)/, '');
  const ofPhrase = /^\s+of\s/i.test(unbracketed) ? phraseAfter(unbracketed.replace(/^\s+of\s+/i, ''), 4) : '';
  // "36 years old": an age.
  if (parsed.kind === 'measure' && /^years?$/.test(parsed.unit ?? '') && /^[\s-]+old\b/i.test(after)) return 'age';

  if (parsed.kind === 'count') {
    // "770 citizens of … (…) were evacuated": the counted thing and what happened to it. Asides in
    // brackets and relative clauses ("who are studying in Russia,") are skipped to reach the main verb.
    const main = after
      .replace(/\([^()]{0,200}\)/g, ' ')
      .replace(/,\s(?:including|who|which|that|such as|among them|mostly|many of them)\b[^,;]{0,150},/gi, ',')
      .split(/[;:"“”]|,\s(?:and|but|while|which)\s/)[0] ?? '';
    const verb = VERB_AFTER.exec(main);
    const noun = parsed.noun ?? parsed.unit ?? '';
    if (verb) return `${noun} ${(verb[1] ?? verb[2]!).replace(/^\w+ly\s+/, '')}`.trim();
    return ofPhrase ? `${noun} of ${ofPhrase}` : noun;
  }
  if (ofPhrase) return ofPhrase;
  // The figure as a modifier: "a $900m (£479m) loan", "a similar $540m repayment demand", "$280bn in profits".
  const plainAfter = after.replace(/^\s*\([^()]{0,60}\)/, '');
  if (/^\s+(?:in\s+)?[\p{L}]/u.test(plainAfter)) {
    const viaIn = /^\s+in\s+/i.test(plainAfter);
    const np = phraseAfter(plainAfter.replace(/^\s+in\s+/i, ' '), 3);
    // "$280bn in profits" names what is counted; "40% in February", "5% in Mumbai" say when and where.
    if (np && !(viaIn && /^\p{Lu}/u.test(np)) && !isTimeWord(np) && !/^(?:a|an|the|and|or|but|to|on|at|for|from|by|with|as|than|last|this|next|each|per|year|years|month|months|week|weeks|day|days)$/i.test(np.split(' ')[0]!)) {
      return np;
    }
  }
  // "cut insurance claims by 30%", "extend the line by 4 kilometres": what changes by that much.
  if (prev === 'by') {
    const np = phraseBefore(before.slice(0, before.toLowerCase().lastIndexOf('by')));
    if (np) return np;
  }
  if (BEFORE_LINKERS.has(prev)) {
    const np = phraseBefore(before.slice(0, before.toLowerCase().lastIndexOf(prev)));
    if (np) return np;
  }
  // "profits at US media giant TimeWarner jumped 76%": the head of the subject of the change verb.
  for (let i = beforeWords.length - 1; i >= Math.max(0, beforeWords.length - 5); i--) {
    // "Shark Tale has raked in $80m", "Yahoo earned $187m": what earned or spent it.
    const earned = EARNING_VERBS.test(beforeWords[i]!) && i >= beforeWords.length - 3;
    if (CHANGE_VERBS.test(beforeWords[i]!) || earned) {
      const subject = before
        .slice(0, before.lastIndexOf(beforeWords[i]!))
        .replace(/(?:\s+(?:has|have|had|is|was|were|are|been|be|will|would|could|has been|have been))+\s*$/i, ' ');
      // An earning verb's subject is read short: its clause is often a reported one ("reports the party repaid").
      const np = earned ? phraseBefore(subject.replace(/\s+in\s*$/i, ''), 3) : subjectPhrase(subject);
      if (np) return np;
      break;
    }
  }
  let np = phraseBefore(before);
  if (EARNING_VERBS.test(np.split(' ').pop() ?? '')) np = '';
  const placeOrTime = isTimeWord(np) || (/^\p{Lu}/u.test(np) && /\b(?:in|to|from|at|on)\s+$/i.test(before.slice(0, before.lastIndexOf(np))));
  if (np && !WEAK_HEADS.test(np) && !placeOrTime) return np;
  const ahead = phraseAfter(plainAfter.replace(/^\s+(?:to|at|in|on|for|from)\s+/i, ' '));
  const aheadIsPlace = /^\s+(?:to|at|in|on|from)\s+\p{Lu}/u.test(plainAfter);
  if (ahead && !isTimeWord(ahead) && !aheadIsPlace) return ahead;
  return placeOrTime || WEAK_HEADS.test(np) ? '' : np;
}

const TIME_WORD = /^(?:(?:the\s+)?(?:first|second|third|last|next|past|same|previous|coming|final)\s+(?:week|month|year|quarter|half|day|weekend|decade)s?|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tomorrow|tonight|morning|afternoon|evening|night|spring|summer|autumn|fall|winter|weekend|year|month|week|day|quarter)(?:\s+\d{1,4})?$/i;
const isTimeWord = (np: string): boolean => TIME_WORD.test(np.trim());

/** Heads that say how something is measured, not what: their complement is the thing ("cost of insuring a ship"). */
const GENERIC_HEADS = new Set(
  `cost costs price prices rate rates value values number numbers amount amounts share shares level levels volume
  volumes size total sum proportion percentage index fee fees fare fares bill charge charges premium premiums`.split(/\s+/),
);
const LINK_PREPS = new Set(['of', 'at', 'in', 'for', 'from', 'to', 'on']);
const ARTICLES = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);

/**
 * The subject of a change verb, read back from the verb over a bounded number of words: "the cost of
 * insuring a cargo ship rose" → "cost of insuring a cargo ship"; "freight rates from Odesa to Mumbai
 * reached" → all of it; "quarterly profits at the media group jumped" → "quarterly profits" (a specific head
 * stands alone, a generic one like "cost" or "rates" keeps its complement).
 */
function subjectPhrase(subject: string): string {
  const clause = subject.split(/[,;:()"“”—–]|\s-\s/).pop() ?? '';
  const ws = wordsOf(clause);
  let k = ws.length;
  while (k > 0 && ws.length - k < 10) {
    const w = ws[k - 1]!;
    const lw = w.toLowerCase();
    const link = LINK_PREPS.has(lw) || ARTICLES.has(lw);
    if (!link && (PREPOSITIONS.has(lw) || CHANGE_VERBS.test(w) || /^\d/.test(w))) break;
    k--;
  }
  const phrase = ws.slice(k);
  while (phrase.length > 0 && (LINK_PREPS.has(phrase[0]!.toLowerCase()) || ARTICLES.has(phrase[0]!.toLowerCase()))) phrase.shift();
  if (phrase.length === 0) return '';
  const firstLink = phrase.findIndex((w) => LINK_PREPS.has(w.toLowerCase()));
  if (firstLink < 0) return phrase.join(' ');
  const head = phrase.slice(0, firstLink);
  const last = phrase[phrase.length - 1]!.toLowerCase();
  if (head.length === 0) return '';
  // A route ("fares from Dover to Calais") is part of what is priced.
  const route = phrase[firstLink]!.toLowerCase() === 'from' && phrase.some((w, i) => i > firstLink + 1 && w.toLowerCase() === 'to');
  if ((GENERIC_HEADS.has(head[head.length - 1]!.toLowerCase()) || route) && !LINK_PREPS.has(last) && !ARTICLES.has(last)) return phrase.join(' ');
  return head.join(' ');
}

const EARNING_VERBS = /^(?:costs|cost|raked|took|takes|earned|earns|made|makes|generated|grossed|grosses|spent|spends|paid|pays|repaid|raised|received|collected|netted|invested|borrowed|owed|owes|sold|bought|absorbed|exceeding|exceeded|topped|hovering)$/i;

/** Words that sit before a figure without saying what it measures ("a similar $540m", "just 5%"). */
const WEAK_HEADS = /^(?:similar|just|only|another|further|additional|extra|some|nearly|almost|about|around|roughly|past|next|last|first|top|both|all|each|until|earlier|later|old|two|three|several|many|few|previously \w+|\w+ly|\w+er)$/i;

function isYear(raw: string, value: number): boolean {
  return /^\d{4}$/.test(raw) && value >= 1800 && value <= 2100;
}

function sentenceAt(sentences: readonly SentenceSpan[], at: number, hint: { i: number }): SentenceSpan {
  while (hint.i + 1 < sentences.length && sentences[hint.i]!.end <= at) hint.i++;
  return sentences[hint.i] ?? { start: 0, end: at };
}

export function extractFigures(text: string, sentences: readonly SentenceSpan[]): FigureSpan[] {
  const out: FigureSpan[] = [];
  const hint = { i: 0 };
  let consumedTo = 0;
  for (const m of text.matchAll(NUMBER)) {
    const numStart = m.index;
    if (numStart < consumedTo) continue;
    const raw = m[0];
    const numEnd = numStart + raw.length;
    const value = numberValue(raw);
    const before = text.slice(Math.max(0, numStart - 12), numStart);
    // Dates and times belong to the dates extractor; ordinals and "No. 10" are not quantities.
    if (/^(?:st|nd|rd|th)\b/i.test(text.slice(numEnd, numEnd + 3)) || /^:\d/.test(text.slice(numEnd, numEnd + 2))) continue;
    if (/\b(?:no|nos|number|article|section|chapter|page|room|flight|route|level|grade|windows|version|v)\.?\s?$/i.test(before)) continue;
    const prevWord = /([\p{L}.]+)\s?$/u.exec(before)?.[1] ?? '';
    const nextWord = /^\s?([\p{L}.]+)/u.exec(text.slice(numEnd, numEnd + 12))?.[1] ?? '';
    if ((MONTHS.test(prevWord) || MONTHS.test(nextWord)) && value <= 31) continue;

    let currency: string | null = null;
    let start = numStart;
    for (const [re, code] of CURRENCY_PREFIX) {
      const c = re.exec(before);
      if (c) {
        currency = code || c[0].trim().slice(0, 3).toUpperCase();
        start = numStart - c[0].length;
        break;
      }
    }
    if (currency === null && isYear(raw, value) && !/^\s?(?:%|per ?cent|tons?|tonnes?|km|kg|people)/i.test(text.slice(numEnd, numEnd + 10))) continue;
    const parsed = readAfter(text, start, numEnd, value, currency);
    if (!parsed) continue;
    // "12 years ago", "two weeks later": a point in time, which the dates extractor reads.
    if (/^(?:years?|months?|weeks?|days?|hours?|decades?)$/.test(parsed.unit ?? '') && /^\s+(?:ago|later|earlier|before|after)\b/i.test(text.slice(parsed.end, parsed.end + 10))) continue;
    const approx = APPROX.exec(text.slice(Math.max(0, start - 30), start));
    if (approx) start -= approx[0].length;
    const sentence = sentenceAt(sentences, numStart, hint);
    const figText = text.slice(start, parsed.end).trim();
    let context = contextFor(text, sentence, start, parsed);
    // "$1.13bn (£600m)", "… from $639m": a conversion or comparison measures what the figure before it did.
    const prev = out[out.length - 1];
    if (prev && prev.end > sentence.start && /^(?:\s*\(|\s*;\s*|\s+(?:from|to|versus|vs\.?|compared with|against)\s+)$/i.test(text.slice(prev.end, start).replace(/^[^(]*?(?=\s+(?:from|to|versus|vs\.?|compared with|against)\s+$)/i, ''))) {
      context = prev.context || context;
    }
    out.push({
      text: figText,
      value: Number.isFinite(parsed.value) ? Number(parsed.value.toPrecision(12)) : null,
      unit: parsed.unit,
      context,
      start,
      end: start + figText.length,
    });
    consumedTo = parsed.end;
  }
  return out;
}
