/**
 * Speakers audit: quotes whose speaker the article names by a description ("the minister", "a White House
 * spokesman") or by "he" / "she", each with the resolved speaker and the text before it, to be judged by hand
 * before and after a change. PolNeAR's speaker accuracy credits the words of the mention, so it barely sees
 * whether a description or a pronoun was resolved to the right person; this sample does.
 *
 *   npx tsx eval/speakers.ts [corpus dir] [--seed=text] [--judged=file] [--json=out.json]
 *
 * A description here is a mention whose head (before a comma or a linking preposition) is a lower-case singular
 * noun for a person: a title ("senator"), a role ("spokesman", "lawyer") or a plain "man". A mention with a name
 * in apposition ("his lawyer, Antony Townsden") is left out: the name is in the words.
 *
 * The sample does not depend on what else is found: a quote is in it when a seeded hash of its file and the
 * offset of its first character falls under a fixed rate (one rate for descriptions, one for pronouns), and
 * its mention is of the kind. The rates give about 80 descriptions and 40 pronouns on the shared corpus.
 *
 * Judged samples: the default seed (rules are written from it) was judged before any change; `--seed=s12-held`
 * was judged once, after the rules were written (figures in the header of the verdicts file).
 *
 * Judgements live in `eval/speakers-judged.tsv`: file, quote offset, mention, speaker, verdict. `ok` when the
 * speaker is the person the mention stands for, by the full name the article gives (or the surname alone when
 * that is all it gives), or null when the article never names that person; `bad` when it is someone else, or
 * null while the article names them. A judgement is reused while file, offset, mention and speaker are
 * unchanged, so after a change only what moved is shown as `??`.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { ingest } from '../functions/pipeline/ingest.ts';
import { extract } from '../functions/pipeline/extract/index.ts';
import { findQuotes } from '../functions/pipeline/extract/quotes.ts';
import { looksCaseless, splitSentences } from '../functions/pipeline/extract/sentences.ts';
import { paragraphOffsets } from '../functions/pipeline/article.ts';
import { PERSON_NOUNS, TITLE_WORDS } from '../functions/pipeline/extract/names.ts';
import { DEFAULT_LIMITS } from '../functions/pipeline/limits.ts';
import { listArticles, readJudged, unitHash } from './sample.ts';

let SEED = 'speakers-audit-1';
const DESCRIPTION_RATE = 80 / 700;
const PRONOUN_RATE = 40 / 3600;

/** Person words the names lists do not hold as titles: roles a description is headed by. */
const ROLE_NOUNS = new Set(
  'spokesman spokeswoman spokesperson official source adviser advisor strategist lawyer attorney person boss aide member user chief man woman coach businessman businesswoman friend supporter correspondent striker narrator actor actress economist agent star champion player manager mogul head captain son daughter wife husband mother father employee writer critic singer host analyst expert researcher founder entrepreneur witness investor designer pollster moderator organizer sheriff colleague activist insider editor officer columnist author doctor pastor teacher student resident voter veteran winger forward midfielder defender goalkeeper'.split(' '),
);
const LINKING = /^(?:of|for|at|with|from|to|in|on)$/;

type Kind = 'description' | 'pronoun';

/** What kind of mention this is, or null for a name (or anything else the audit leaves out). */
export function mentionKind(mention: string): Kind | null {
  const m = mention.trim();
  if (/^(?:he|she)$/i.test(m)) return 'pronoun';
  if (m.includes(',')) return null;
  let tokens = m.split(/\s+/);
  const prep = tokens.findIndex((t, i) => i > 0 && LINKING.test(t));
  if (prep > 0) tokens = tokens.slice(0, prep);
  const head = (tokens[tokens.length - 1] ?? '').replace(/['’]s$/u, '');
  if (!/^\p{Ll}[\p{Ll}-]*$/u.test(head)) return null;
  if (!(ROLE_NOUNS.has(head) || PERSON_NOUNS.has(head) || TITLE_WORDS.has(head))) return null;
  return 'description';
}

interface Row {
  kind: Kind;
  file: string;
  at: number;
  mention: string;
  speaker: string | null;
  via: string;
  context: string;
  named: string;
}

const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith('--')) ?? path.resolve(import.meta.dirname, '..', '..', 'shared', 'corpus');
  const jsonOut = args.find((a) => a.startsWith('--json='))?.slice('--json='.length);
  SEED = args.find((a) => a.startsWith('--seed='))?.slice('--seed='.length) ?? SEED;
  const judgedFile = args.find((a) => a.startsWith('--judged='))?.slice('--judged='.length) ?? path.join(import.meta.dirname, 'speakers-judged.tsv');
  const judged = readJudged(judgedFile);
  if (!existsSync(root)) {
    console.log(`No corpus at ${root}: nothing to audit.`);
    return;
  }
  const files = await listArticles(root);
  const rows: Row[] = [];
  const totals = { description: 0, pronoun: 0 };
  for (const file of files) {
    const rel = path.relative(root, file);
    const article = ingest(await readFile(file), { key: path.basename(file), version: null }, DEFAULT_LIMITS);
    const sheet = extract(article, DEFAULT_LIMITS);
    const text = sheet.paragraphs.join('\n\n');
    const starts = paragraphOffsets(sheet.paragraphs);
    const caseless = looksCaseless(text);
    const { quotes } = findQuotes(text, starts, sheet.entities.people, DEFAULT_LIMITS.maxQuotes, {
      sentences: splitSentences(text, caseless),
      organizations: sheet.entities.organizations,
      caseless,
    });
    for (const q of quotes) {
      if (!q.speakerMention || q.mentionStart === null) continue;
      const kind = mentionKind(q.speakerMention);
      if (!kind) continue;
      totals[kind]++;
      if (unitHash(SEED, `${rel}:${q.start}`) >= (kind === 'pronoun' ? PRONOUN_RATE : DESCRIPTION_RATE)) continue;
      const from = Math.max(0, Math.min(q.start, q.mentionStart) - 500);
      const to = Math.min(text.length, Math.max(q.end, q.mentionEnd ?? q.mentionStart) + 120);
      const mark = (s: number, e: number, l: string, r: string): [number, number, string, string] => [s, e, l, r];
      const marks = [mark(q.mentionStart, q.mentionEnd ?? q.mentionStart, '[[', ']]'), mark(q.start, q.end, '{', '}')].sort((a, b) => b[0] - a[0]);
      let ctx = text.slice(from, to);
      for (const [s, e, l, r] of marks) ctx = ctx.slice(0, s - from) + l + ctx.slice(s - from, e - from) + r + ctx.slice(e - from);
      // Where the speaker's surname first appears, to check the full name against the article.
      const surname = q.speaker?.split(/\s+/).pop() ?? '';
      const first = surname ? text.indexOf(surname) : -1;
      const named = first >= 0 ? oneLine(text.slice(Math.max(0, first - 80), first + 60)) : '';
      rows.push({ kind, file: rel, at: q.start, mention: q.speakerMention, speaker: q.speaker, via: q.via, context: oneLine(ctx), named });
    }
  }
  for (const kind of ['description', 'pronoun'] as const) {
    const sample = rows.filter((r) => r.kind === kind);
    console.log(`\n# ${kind}s sample (${sample.length} of ${totals[kind]})`);
    const verdicts = { ok: 0, bad: 0, unjudged: 0 };
    sample.forEach((r, i) => {
      const verdict = judged.get([r.file, r.at, r.mention, r.speaker ?? ''].join('\t')) ?? '??';
      if (verdict === 'ok' || verdict === 'bad') verdicts[verdict]++;
      else verdicts.unjudged++;
      console.log(`${kind[0]!.toUpperCase()}${String(i + 1).padStart(3, '0')} [${verdict}] ${r.file}\t${r.at}\t${r.mention}\t${r.speaker ?? ''}\t(via ${r.via})`);
      console.log(`     …${r.context}…`);
      if (r.named) console.log(`     first «${r.speaker?.split(/\s+/).pop()}»: …${r.named}…`);
    });
    console.log(`${kind}s judged (${path.basename(judgedFile)}): ok ${verdicts.ok}, bad ${verdicts.bad}, unjudged ${verdicts.unjudged} of ${sample.length}`);
  }
  if (jsonOut) await writeFile(jsonOut, JSON.stringify(rows, null, 1));
}

await main();
