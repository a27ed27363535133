#!/usr/bin/env node
// The `factsheet` command. The sources are TypeScript, run through tsx's loader (a runtime dependency).
import process from 'node:process';
import { register } from 'tsx/esm/api';

// The AWS SDK warns on every run about a Node version policy months away; it is noise on a terminal.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

register();
const { main } = await import('../functions/cli/index.ts');
process.exitCode = await main(process.argv.slice(2));
