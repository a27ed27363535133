/**
 * The pipeline's measurement tasks as the product runs them: bench/pipeline-bundle.ts bundles this file the
 * way the Lambda asset is bundled (infra/bundling.ts: ESM, minified, every dependency inside, the fonts in
 * `fonts/` beside it) and plain `node` runs it, with no tsx, no TypeScript and no source maps in the process.
 * Same protocol as child.ts. Like the handler, it compiles regular expressions once, natively
 * (functions/native-regexps.ts), so the first sheet by stage is measured as the Lambda makes it.
 */
import '../functions/native-regexps.ts';
import { childMain, type Task } from './child-main.ts';
import { endToEndTask, stagesTask } from './stages.ts';
import { scaleTask } from './scaling.ts';
import { firstSheetTask } from './first-sheet.ts';

const TASKS: Record<string, () => Promise<Task>> = {
  stages: async () => stagesTask,
  e2e: async () => endToEndTask,
  scale: async () => scaleTask,
  first: async () => firstSheetTask,
};

await childMain(TASKS, 'pipeline-child.mjs');
