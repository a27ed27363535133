/**
 * Synthetic news articles for when ../shared/corpus is absent, and for the size-scaling runs (the corpus has
 * no 1 MB article). Deterministic (seeded), so two runs measure the same text. They look like the corpus as
 * the extractor sees it: a title line, a dateline, attributed quotes in straight and curly marks, figures with
 * units, dates, names that recur in short form, an outlet cited, a photo caption and share boilerplate.
 */

/** mulberry32: tiny, fast, good enough to vary text; not for anything secret. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PEOPLE = [
  ['Maria', 'Lindqvist', 'the finance minister'],
  ['Daniel', 'Okafor', 'the union leader'],
  ['Helen', 'Varga', 'the central bank governor'],
  ['Tomás', 'Ferreira', 'the opposition spokesman'],
  ['Aiko', 'Tanaka', 'the trade envoy'],
  ['Robert', 'Hale', 'the company chairman'],
  ['Priya', 'Raman', 'the health secretary'],
  ['Yusuf', 'Demir', 'the port authority chief'],
] as const;
const ORGS = ['the Northern Rail Company', 'Atlas Energy', 'the Ministry of Transport', 'the World Food Programme', 'Harbour Bank', 'the National Audit Office'];
const PLACES = ['Lisbon', 'Nairobi', 'Osaka', 'Glasgow', 'Gdańsk', 'Montreal', 'Kraków', 'Valparaíso'];
const OUTLETS = ['Reuters', 'the Harbour Gazette', 'TASS', 'Frontier Post'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const TOPICS = ['rail fares', 'fuel subsidies', 'port tariffs', 'food aid', 'pension reform', 'broadband roll-out', 'flood defences'];
const VERBS = ['rose', 'fell', 'climbed', 'dropped', 'jumped', 'slipped'];
const CLAIMS = [
  'the plan would protect families on low incomes',
  'nobody had been consulted before the decision was taken',
  'the figures showed a recovery that was fragile but real',
  'the talks would continue until a fair deal was reached',
  'the cost would be met without raising taxes',
  'the delays were unacceptable and had to end',
];

function pick<T>(r: () => number, items: readonly T[]): T {
  return items[Math.floor(r() * items.length)] as T;
}

function figure(r: () => number): string {
  const kind = Math.floor(r() * 5);
  const n = Math.floor(r() * 900) + 10;
  switch (kind) {
    case 0:
      return `$${(n / 10).toFixed(1)}bn`;
    case 1:
      return `${n} tons of ${pick(r, ['grain', 'aid', 'steel', 'cargo'])}`;
    case 2:
      return `${(n / 10).toFixed(1)}%`;
    case 3:
      return `£${n}m`;
    default:
      return `${n.toLocaleString('en-US')} ${pick(r, ['passengers', 'citizens', 'workers', 'households'])}`;
  }
}

function sentence(r: () => number, named: Set<number>): string {
  const who = Math.floor(r() * PEOPLE.length);
  const [first, last, role] = PEOPLE[who] as readonly [string, string, string];
  // First mention by full name, later ones by surname or role, as news copy does.
  const name = named.has(who) ? (r() < 0.5 ? last : role) : `${first} ${last}, ${role},`;
  named.add(who);
  const open = r() < 0.5 ? '"' : '\u201c';
  const close = open === '"' ? '"' : '\u201d';
  switch (Math.floor(r() * 7)) {
    case 0:
      return `${open}We believe ${pick(r, CLAIMS)},${close} ${name} said.`;
    case 1:
      return `${capital(name)} said: ${open}${capital(pick(r, CLAIMS))}.${close}`;
    case 2:
      return `Spending on ${pick(r, TOPICS)} ${pick(r, VERBS)} to ${figure(r)} in the year to ${pick(r, MONTHS)}, according to ${pick(r, ORGS)}.`;
    case 3:
      return `The talks in ${pick(r, PLACES)} are due to resume on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)}, ${2024 + Math.floor(r() * 3)}, ${pick(r, OUTLETS)} reported.`;
    case 4:
      return `Officials in ${pick(r, PLACES)} said ${figure(r)} had been affected since ${pick(r, MONTHS)}, up from ${figure(r)} a year earlier.`;
    case 5:
      return `${capital(pick(r, ORGS))} warned that ${pick(r, TOPICS)} could cost ${figure(r)} over the next ${2 + Math.floor(r() * 8)} years.`;
    default:
      return `Mr. ${last} met representatives of ${pick(r, ORGS)} in ${pick(r, PLACES)} last week to discuss ${pick(r, TOPICS)}.`;
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface GeneratedArticle {
  key: string;
  text: string;
}

/** One article of roughly `targetBytes` UTF-8 bytes (never less), seeded by `seed`. */
export function generateArticle(seed: number, targetBytes = 3_500): GeneratedArticle {
  const r = rng(seed);
  const topic = pick(r, TOPICS);
  const place = pick(r, PLACES);
  const lines = [
    `${capital(topic)} row deepens in ${place} as talks stall`,
    '',
    `${place.toUpperCase()}: ${capital(pick(r, ORGS))} said on ${pick(r, MONTHS)} ${1 + Math.floor(r() * 28)} that ${topic} would be reviewed.`,
    '',
    'Share this article',
    '',
  ];
  const named = new Set<number>();
  let bytes = Buffer.byteLength(lines.join('\n'));
  let paragraph = 0;
  while (bytes < targetBytes) {
    const count = 2 + Math.floor(r() * 4);
    const sentences: string[] = [];
    for (let i = 0; i < count; i++) sentences.push(sentence(r, named));
    const text = sentences.join(' ');
    lines.push(text, '');
    bytes += Buffer.byteLength(text) + 2;
    paragraph++;
    if (paragraph === 3) {
      const caption = `A view of the harbour in ${place}. (File | AP)`;
      lines.push(caption, '');
      bytes += Buffer.byteLength(caption) + 2;
    }
  }
  lines.push('Related stories', '');
  return { key: `generated/article-${seed}-${targetBytes}.txt`, text: lines.join('\n') };
}

/** `count` typical-length articles (2–8 KB, like the corpus) with distinct seeds. */
export function generateCorpus(count: number, seed = 1): GeneratedArticle[] {
  const r = rng(seed);
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) out.push(generateArticle(seed * 100_003 + i, 2_000 + Math.floor(r() * 6_000)));
  return out;
}
