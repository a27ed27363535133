/**
 * Audit of the Organisations and Places lists, the sibling of eval/entities.ts (People), not wired into
 * `npm run eval`: a human judges the sample.
 *
 * `npx tsx eval/entity-kinds.ts [corpusDir] [--judged=eval/entity-kinds-judged.tsv] [--org-rate=0.016] [--place-rate=0.0115] [--seed=7] [--show]`
 *
 * Of each sheet's top 8 organisations and top 8 places, an entry is sampled when a seeded hash of (list,
 * article, name) falls below the list's rate; as in the People audit, an entry found before and after a change
 * is sampled both times and its judgement is reused. Judgements live in a TSV (list, article, name, verdict):
 * `right` (the right kind), `person` / `org` / `place` (an entity of that other kind), `not` (no entity: a
 * work, an event, a phrase), `junk` (the right kind with words attached that are not its name).
 *
 * Seeds judged so far: 7, 1010, 2026; session 12: 1224 (judged before its rules, which came from it) and 3141
 * (held out, judged once after them). Pick a new integer for a fresh sample.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { auditCommandLine, fraction, loadSheets, readVerdicts, sentenceWith } from './entities.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

const VERDICTS = ['right', 'person', 'org', 'place', 'not', 'junk'] as const;
type Verdict = (typeof VERDICTS)[number];
type List = 'org' | 'place';

async function main(): Promise<void> {
  const command = auditCommandLine();
  if (!command) return;
  const { opt, has, corpus } = command;
  const rates: Record<List, number> = { org: Number(opt('org-rate') ?? 0.016), place: Number(opt('place-rate') ?? 0.0115) };
  const seed = Number(opt('seed') ?? 7);
  // The hash XORs the seed as a 32-bit integer: a word ("--seed=s12-org-a") would be NaN, i.e. seed 0, silently.
  if (!Number.isInteger(seed)) {
    console.error(`--seed must be an integer, not ${opt('seed')}`);
    process.exitCode = 2;
    return;
  }
  const judged = readVerdicts<Verdict>(opt('judged') ?? path.join(here, 'entity-kinds-judged.tsv'), 3, VERDICTS);
  const show = has('show');
  const sheets = await loadSheets(corpus);
  for (const list of ['org', 'place'] as const) {
    const counts = new Map<Verdict | 'unjudged', number>();
    let pool = 0;
    for (const { key, sheet } of sheets) {
      const entries = list === 'org' ? sheet.entities.organizations : sheet.entities.places;
      for (const e of entries.slice(0, 8)) {
        pool++;
        if (fraction(seed, `${list}\t${key}\t${e.name}`) >= rates[list]) continue;
        const verdict = judged.get(`${list}\t${key}\t${e.name}`);
        counts.set(verdict ?? 'unjudged', (counts.get(verdict ?? 'unjudged') ?? 0) + 1);
        if (!verdict || show) console.log(`${list}\t${key}\t${e.name}\t${verdict ?? '?'}\t(${e.mentions})\t${sentenceWith(sheet, e.name)}`);
      }
    }
    const sampled = [...counts.values()].reduce((a, b) => a + b, 0);
    const done = sampled - (counts.get('unjudged') ?? 0);
    const share = (v: Verdict): string => `${v} ${counts.get(v) ?? 0} (${((100 * (counts.get(v) ?? 0)) / Math.max(1, done)).toFixed(1)}%)`;
    console.log(`\n${list}: ${sheets.length} sheets; top-8 entries ${pool}; sampled (seed ${seed}, rate ${rates[list]}): ${sampled}`);
    console.log(`${VERDICTS.map(share).join(', ')}, unjudged ${counts.get('unjudged') ?? 0}`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
