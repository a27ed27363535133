/** The cdk app (cdk.json: `npx tsx infra/app.ts`). Configuration: cdk context, see infra/config.ts. */
import { App } from 'aws-cdk-lib';
import { buildFactsheetApp } from './factsheet-app.ts';

const app = new App();
buildFactsheetApp(app);
app.synth();
