/** The cdk app (cdk.json: `npx tsx infra/app.ts`). Configuration: cdk context, see infra/config.ts. */
import { App } from 'aws-cdk-lib';
import { ConfigError } from './config.ts';
import { buildFactsheetApp } from './factsheet-app.ts';

const app = new App();
try {
  buildFactsheetApp(app);
} catch (err) {
  // A configuration mistake is the user's to fix: say what is wrong, without a stack trace.
  if (!(err instanceof ConfigError)) throw err;
  console.error(err.message);
  process.exit(1);
}
app.synth();
