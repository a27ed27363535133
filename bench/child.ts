/**
 * Entry point of a measurement child process: `node --import tsx bench/child.ts <task> <args-json> <out-file>`.
 * Each heavy measurement runs in its own process so its peak RSS is its own, not the sum of everything the
 * bench did before. The result (plus this process's peak RSS) is written as JSON to <out-file>.
 */
import { writeFileSync } from 'node:fs';
import { peakRssMb } from './stats.ts';

type Task = (args: Record<string, unknown>) => Promise<Record<string, unknown>>;

const TASKS: Record<string, () => Promise<Task>> = {
  stages: async () => (await import('./stages.ts')).stagesTask,
  e2e: async () => (await import('./stages.ts')).endToEndTask,
  scale: async () => (await import('./scaling.ts')).scaleTask,
  'render-only': async () => (await import('./chromium.ts')).ourRenderTask,
  chromium: async () => (await import('./chromium.ts')).chromiumTask,
  summarisers: async () => (await import('./summarisers.ts')).summarisersTask,
};

const [task, argsJson, outFile] = process.argv.slice(2);
const load = task ? TASKS[task] : undefined;
if (!load || !outFile) {
  console.error(`usage: child.ts <${Object.keys(TASKS).join('|')}> <args-json> <out-file>`);
  process.exit(2);
}
try {
  const run = await load();
  const result = await run(JSON.parse(argsJson ?? '{}') as Record<string, unknown>);
  writeFileSync(outFile, JSON.stringify({ ok: true, result, peakRssMb: peakRssMb() }));
} catch (err) {
  const message = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err);
  writeFileSync(outFile, JSON.stringify({ ok: false, error: message, peakRssMb: peakRssMb() }));
}
// Libraries may leave handles (timers, sockets) open; the measurement is done.
process.exit(0);
