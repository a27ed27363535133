/**
 * Audit of the People list, not wired into `npm run eval` (it needs a human to judge the sample).
 *
 * `npx tsx eval/entities.ts [corpusDir] [--judged=eval/entities-judged.tsv] [--rate=0.0125] [--seed=7] [--show] [--list] [--missed]`
 *
 * - Precision sample: every sheet of BBC (all categories) and PolNeAR (train, dev) is made (no PDF); of each
 *   sheet's top 8 people, an entry is sampled when a seeded hash of (article, name) falls below `rate`. The
 *   hash, not a shuffle, picks the sample, so an entry found before and after a change is sampled both times
 *   and its judgement is reused; only new entries need judging. Judgements live in a TSV
 *   (article, name, verdict: `person` | `not` | `junk` = a person with words attached that are not the name).
 *   Unjudged entries are printed with mentions and a sentence the name occurs in (`--show` prints all,
 *   `--list` every top-8 entry of every sheet). Held-out seeds: 13 (session 5), 611 (session 6, judged only
 *   after that session's rules: 145 of 154 entries people before them, 145 of 151 after) and 2718 (session 7,
 *   judged only after its rules: 126 of 133 people before them, 126 of 129 after); 4242 (rate 0.02) is session
 *   7's tuning sample (179 of 188 before, 180 of 183 after). Session 7's recall rules (jobs and contest roles
 *   before a name, "name, X", "X died", lists vouching as a whole) added 137 names to the corpus People lists,
 *   134 people by hand; the samples stayed 118/119 (seed 7), 146/146 (611), 127/130 (2718), 181/184 (4242).
 * - Recall: PolNeAR sources (first annotator's .ann, Source spans) that are capitalised proper names of
 *   people (`personSurname`) should be in the sheet's People list, matched by surname (the last word of
 *   either name); `--missed` lists the sources not found.
 * - Recall of all names (`--recall[=rate]`, default rate 0.02, with `--seed`): the capitalised names of two or
 *   three words the mention finder sees (findNameMentions over the sheet's cleaned text) that end up in no
 *   People entry (by surname), whether in Organisations, Places or no list at all (`unlistedNames`). Each
 *   (article, name) is sampled by the same seeded hash and judged in eval/entities-recall-judged.tsv (article,
 *   name, verdict `person` = a real person the People list misses, `not`). The share judged `person`, times the
 *   pool, estimates the people the lists miss. Session 8, seed 8 (tuning), before its rules: 9231 such names,
 *   188 sampled, 19 people (10.1%: about 930 people missing from the corpus's lists; 18 in no list, 1 shown as
 *   an organisation); after them 9028 names, 4 people in 173 (2.3%). Seed 88, judged only after the rules
 *   (held out): 5 people in 180 (2.8%, about 250 missed), 6 in 181 before them (the rules found 1 of the 6).
 *   After session 8's rules the precision samples stayed 121/122 (seed 7), 147/147 (611), 127/130 (2718).
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFactSheet } from '../functions/pipeline/index.ts';
import { findNameMentions } from '../functions/pipeline/extract/entities.ts';
import type { FactSheet } from '../functions/pipeline/factsheet.ts';
import { DEMONYMS, GROUP_NOUNS, HONORIFICS, nameKey, KNOWN_ORGS, KNOWN_OUTLETS, NON_NAME_WORDS, ORG_WORDS, OUTLET_WORDS, PERSON_NOUNS, PLACE_WORDS, PLACES, TITLE_WORDS } from '../functions/pipeline/extract/names.ts';
import { parseAnn } from './polnear.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

type Verdict = 'person' | 'not' | 'junk';

interface Sheet {
  key: string;
  sheet: FactSheet;
  gold: string[];
}

/** FNV-1a over the seed and the string, as a fraction of 2^32: stable across runs and machines. */
export function fraction(seed: number, s: string): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // One more mixing round so that keys sharing a prefix spread out.
  h = (h ^ (h >>> 15)) >>> 0;
  h = Math.imul(h, 0x2c1b3c6d) >>> 0;
  h = (h ^ (h >>> 12)) >>> 0;
  return h / 2 ** 32;
}

const CAPITALISED = /^\p{Lu}[\p{Ll}'’.-][\p{L}'’.-]*$|^\p{Lu}\.?$/u;
const CONNECTOR = /^(?:de|del|da|di|van|von|der|den|la|le|du|bin|ibn|al|el)$/;

/**
 * A gold source text that names a person properly: after its titles ("Former Hewlett-Packard CEO", "Sen.")
 * and before an appended party or state (", R-Fla."), two or more capitalised words (initials and connectors
 * such as "de" allowed; not all capitals, a shouted headline), none of them an organisation, outlet, place,
 * group or nationality word ("Some Democrats", "Black Lives Matter", "Many Americans"), not "the …".
 * Returns its surname (lower case), or null.
 */
export function personSurname(source: string): string | null {
  const head = source.split(',')[0] ?? '';
  let words = head.trim().split(/\s+/).map((w) => w.replace(/['’]s?$/u, ''));
  if (/^(?:the|a|an)$/i.test(words[0] ?? '')) return null;
  const isTitle = (w: string): boolean => TITLE_WORDS.has(w.toLowerCase()) || HONORIFICS.has(w.toLowerCase()) || HONORIFICS.has(`${w.toLowerCase()}.`) || w.toLowerCase() === 'ceo';
  const lastTitle = words.reduce((at, w, i) => (isTitle(w) ? i : at), -1);
  words = words.slice(lastTitle + 1);
  if (words.length < 2 || !words.every((w) => CAPITALISED.test(w) || CONNECTOR.test(w))) return null;
  const lower = words.map((w) => w.toLowerCase());
  const bad = (w: string): boolean =>
    ORG_WORDS.has(w) || OUTLET_WORDS.has(w) || KNOWN_ORGS.has(w) || KNOWN_OUTLETS.has(w) || PLACES.has(w) || PLACE_WORDS.has(w) || GROUP_NOUNS.has(w) || PERSON_NOUNS.has(w) ||
    NON_NAME_WORDS.has(w) || DEMONYMS.has(w) || DEMONYMS.has(w.replace(/s$/, '')) || /^(?:democrats|republicans|millennials|americans)$/.test(w);
  if (lower.some(bad) || PLACES.has(lower.join(' '))) return null;
  return (lower[lower.length - 1] ?? '').replace(/\.$/, '');
}

async function bbcFiles(dir: string): Promise<string[]> {
  const root = path.join(dir, 'articles');
  if (!existsSync(root)) return [];
  const out: string[] = [];
  for (const c of (await readdir(root)).sort()) for (const f of (await readdir(path.join(root, c))).sort()) if (f.endsWith('.txt')) out.push(path.join(root, c, f));
  return out;
}

async function polnearFiles(dir: string): Promise<Array<{ txt: string; ann: string | null }>> {
  const out: Array<{ txt: string; ann: string | null }> = [];
  for (const split of ['train', 'dev']) {
    const tdir = path.join(dir, split, 'text');
    const adir = path.join(dir, split, 'attributions');
    if (!existsSync(tdir)) continue;
    const anns = existsSync(adir) ? (await readdir(adir)).filter((f) => f.endsWith('.ann')).sort() : [];
    for (const f of (await readdir(tdir)).sort()) {
      if (!f.endsWith('.txt')) continue;
      const base = f.replace(/\.txt$/, '');
      // The first annotator's file in name order, as eval/polnear.ts scores.
      const ann = anns.find((a) => a.replace(/_[^_]+\.ann$/, '') === base);
      out.push({ txt: path.join(tdir, f), ann: ann ? path.join(adir, ann) : null });
    }
  }
  return out;
}

function goldSources(text: string, ann: string): string[] {
  const { spans } = parseAnn(ann);
  const out: string[] = [];
  for (const s of spans.values()) if (s.type === 'Source') out.push(s.spans.map(([a, b]) => text.slice(a, b)).join(' '));
  return out;
}

export async function loadSheets(corpus: string): Promise<Sheet[]> {
  const out: Sheet[] = [];
  const make = async (file: string, gold: string[]): Promise<void> => {
    const key = path.relative(corpus, file);
    try {
      const { sheet } = await makeFactSheet({ bytes: await readFile(file), key }, { pdf: false });
      out.push({ key, sheet, gold });
    } catch (err) {
      console.error(`${key}: ${(err as Error).message}`);
    }
  };
  for (const f of await bbcFiles(path.join(corpus, 'bbc'))) await make(f, []);
  for (const { txt, ann } of await polnearFiles(path.join(corpus, 'polnear'))) {
    const gold = ann ? goldSources(readFileSync(txt, 'utf8'), readFileSync(ann, 'utf8')) : [];
    await make(txt, gold);
  }
  return out;
}

export function sentenceWith(sheet: FactSheet, name: string): string {
  const text = sheet.paragraphs.join('\n\n');
  const surname = name.split(/\s+/).pop() ?? name;
  let at = text.indexOf(name);
  if (at < 0) at = text.indexOf(surname);
  if (at < 0) return '';
  const from = Math.max(0, at - 100);
  return text.slice(from, at + name.length + 100).replace(/\s+/g, ' ');
}

/**
 * Hand verdicts from a TSV whose last column is the verdict and the columns before it the entry's key
 * (joined by tabs); lines with an empty key column or a verdict not in `allowed` are skipped.
 */
export function readVerdicts<V extends string>(file: string, keyColumns: number, allowed: readonly V[]): Map<string, V> {
  const out = new Map<string, V>();
  if (!existsSync(file)) return out;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const cols = line.split('\t');
    const key = cols.slice(0, keyColumns);
    const verdict = cols[keyColumns] as V;
    if (key.length === keyColumns && key.every(Boolean) && allowed.includes(verdict)) out.set(key.join('\t'), verdict);
  }
  return out;
}

/** The audits' command line: `[corpusDir] [--name=value ...] [--flag ...]`; null (said why) when there is no corpus. */
export function auditCommandLine(): { opt: (name: string) => string | undefined; has: (flag: string) => boolean; corpus: string } | null {
  const args = process.argv.slice(2);
  const corpus = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.resolve(here, '../../shared/corpus'));
  if (!existsSync(corpus)) {
    console.log(`Corpus not found at ${corpus}; nothing to audit.`);
    return null;
  }
  return {
    opt: (name) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3),
    has: (flag) => args.includes(`--${flag}`),
    corpus,
  };
}

/** A word opening with a capital and holding a lower-case letter: not an initial, not an acronym. */
const CASED_WORD = /^\p{Lu}[\p{L}'’.-]*\p{Ll}/u;

/**
 * The names a sheet leaves out of People: capitalised runs of two or three words the mention finder sees
 * (every word cased like a name), whose last word is no People entry's last word, with the list that shows
 * them instead ('org', 'place' or 'none'). One entry per name.
 */
export function unlistedNames(sheet: FactSheet): Array<{ name: string; shown: 'org' | 'place' | 'none' }> {
  const text = sheet.paragraphs.join('\n\n');
  const last = (n: string): string => nameKey(n.slice(n.lastIndexOf(' ') + 1)).replace(/'s?$/, '');
  const surnames = new Set(sheet.entities.people.map((p) => last(p.name)));
  const orgs = new Set(sheet.entities.organizations.map((e) => nameKey(e.name)));
  const places = new Set(sheet.entities.places.map((e) => nameKey(e.name)));
  const out = new Map<string, 'org' | 'place' | 'none'>();
  for (const m of findNameMentions(text)) {
    const words = m.name.split(' ');
    if (words.length < 2 || words.length > 3 || !words.every((w) => CASED_WORD.test(w)) || surnames.has(last(m.name)) || out.has(m.name)) continue;
    const k = nameKey(m.name);
    out.set(m.name, orgs.has(k) ? 'org' : places.has(k) ? 'place' : 'none');
  }
  return [...out].map(([name, shown]) => ({ name, shown }));
}

function recallAudit(sheets: Sheet[], seed: number, rate: number, judgedFile: string, show: boolean): void {
  const judged = readVerdicts<'person' | 'not'>(judgedFile, 2, ['person', 'not']);
  const counts = { person: 0, not: 0, unjudged: 0 };
  const byList = new Map<string, number>();
  let pool = 0;
  for (const { key, sheet } of sheets) {
    for (const { name, shown } of unlistedNames(sheet)) {
      pool++;
      if (fraction(seed, `recall\t${key}\t${name}`) >= rate) continue;
      const verdict = judged.get(`${key}\t${name}`);
      counts[verdict ?? 'unjudged']++;
      if (verdict === 'person') byList.set(shown, (byList.get(shown) ?? 0) + 1);
      if (!verdict || show) console.log(`${key}\t${name}\t${verdict ?? '?'}\t${shown}\t${sentenceWith(sheet, name)}`);
    }
  }
  const sampled = counts.person + counts.not + counts.unjudged;
  const judgedN = Math.max(1, sampled - counts.unjudged);
  console.log(`\nnames of 2-3 capitalised words in no People entry: ${pool}; sampled (seed ${seed}, rate ${rate}): ${sampled}`);
  console.log(`a person ${counts.person} (${((100 * counts.person) / judgedN).toFixed(1)}%; in ${[...byList].map(([l, n]) => `${l} ${n}`).join(', ') || 'none'}), not ${counts.not}, unjudged ${counts.unjudged}`);
  console.log(`estimated people missed in the corpus: ${Math.round((pool * counts.person) / judgedN)}`);
}

async function main(): Promise<void> {
  const command = auditCommandLine();
  if (!command) return;
  const { opt, has, corpus } = command;
  const rate = Number(opt('rate') ?? 0.0125);
  const seed = Number(opt('seed') ?? 7);
  const judged = readVerdicts<Verdict>(opt('judged') ?? path.join(here, 'entities-judged.tsv'), 2, ['person', 'not', 'junk']);
  const show = has('show');

  const t0 = performance.now();
  const sheets = await loadSheets(corpus);
  const seconds = (performance.now() - t0) / 1000;
  const recall = process.argv.slice(2).find((a) => a === '--recall' || a.startsWith('--recall='));
  if (recall) {
    const recallRate = recall.includes('=') ? Number(recall.slice('--recall='.length)) : 0.02;
    recallAudit(sheets, seed, recallRate, opt('judged') ?? path.join(here, 'entities-recall-judged.tsv'), show);
    return;
  }

  const counts: Record<Verdict | 'unjudged', number> = { person: 0, not: 0, junk: 0, unjudged: 0 };
  let pool = 0;
  const list = has('list');
  for (const { key, sheet } of sheets) {
    for (const p of sheet.entities.people.slice(0, 8)) {
      pool++;
      if (list) console.log(`list\t${key}\t${p.name}\t${p.mentions}`);
      if (fraction(seed, `${key}\t${p.name}`) >= rate) continue;
      const verdict = judged.get(`${key}\t${p.name}`);
      counts[verdict ?? 'unjudged']++;
      if (!verdict || show) console.log(`${key}\t${p.name}\t${verdict ?? '?'}\t(${p.mentions})\t${sentenceWith(sheet, p.name)}`);
    }
  }
  const sampled = counts.person + counts.not + counts.junk + counts.unjudged;
  const share = (n: number): string => `${n} (${((100 * n) / Math.max(1, sampled - counts.unjudged)).toFixed(1)}%)`;
  console.log(`\n${sheets.length} sheets in ${seconds.toFixed(1)} s; top-8 people entries: ${pool}; sampled (seed ${seed}, rate ${rate}): ${sampled}`);
  console.log(`person ${share(counts.person)}, not a person ${share(counts.not)}, person with junk attached ${share(counts.junk)}, unjudged ${counts.unjudged}`);

  let gold = 0;
  let found = 0;
  const missed: string[] = [];
  for (const { key, sheet, gold: sources } of sheets) {
    const surnames = new Set(sheet.entities.people.map((p) => (p.name.split(/\s+/).pop() ?? '').toLowerCase().replace(/['’]s?$/u, '')));
    const wanted = new Map<string, string>();
    for (const s of sources) {
      const surname = personSurname(s);
      if (surname && !wanted.has(surname)) wanted.set(surname, s);
    }
    for (const [surname, s] of wanted) {
      gold++;
      if (surnames.has(surname)) found++;
      else missed.push(`${key}\t${s}`);
    }
  }
  if (has('missed')) for (const m of missed) console.log(`missed\t${m}`);
  console.log(`PolNeAR named sources in People (by surname): ${found}/${gold} = ${((100 * found) / Math.max(1, gold)).toFixed(1)}%`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
