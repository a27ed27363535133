/**
 * Entry point of a measurement child process: `node --import tsx bench/child.ts <task> <args-json> <out-file>`.
 * Each heavy measurement runs in its own process so its peak RSS is its own, not the sum of everything the
 * bench did before. The result (plus this process's peak RSS) is written as JSON to <out-file>.
 */
import { childMain, type Task } from './child-main.ts';

const TASKS: Record<string, () => Promise<Task>> = {
  stages: async () => (await import('./stages.ts')).stagesTask,
  e2e: async () => (await import('./stages.ts')).endToEndTask,
  scale: async () => (await import('./scaling.ts')).scaleTask,
  'render-only': async () => (await import('./chromium.ts')).ourRenderTask,
  chromium: async () => (await import('./chromium.ts')).chromiumTask,
  summarisers: async () => (await import('./summarisers.ts')).summarisersTask,
};

await childMain(TASKS, 'child.ts');
