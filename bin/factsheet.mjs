#!/usr/bin/env node
// The `factsheet` command. The sources are TypeScript, run through tsx's loader (a runtime dependency).
import process from 'node:process';
import { register } from 'tsx/esm/api';

// The AWS SDK warns on every run about a Node version policy months away; it is noise on a terminal.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// Whatever escapes the CLI's own handling is still one line for a user; FACTSHEET_DEBUG shows the stack.
function die(err) {
  const message = err instanceof Error ? err.message : String(err);
  process.stderr.write(`factsheet: ${message.split('\n')[0]}\n`);
  if (process.env.FACTSHEET_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}
process.on('uncaughtException', die);
process.on('unhandledRejection', die);

register();
try {
  const { main } = await import('../functions/cli/index.ts');
  process.exitCode = await main(process.argv.slice(2));
} catch (err) {
  die(err);
}
