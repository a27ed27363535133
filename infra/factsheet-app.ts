/** Builds the app's one stack from context; shared by infra/app.ts (the cdk entry) and the tests. */
import { Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { readConfig } from './config.ts';
import { FactsheetStack } from './factsheet-stack.ts';

export interface BuildOptions {
  /** Register cdk-nag's AwsSolutions pack so synthesis fails on any unacknowledged finding. */
  nag?: boolean;
}

export function buildFactsheetApp(app: App, options: BuildOptions = {}): FactsheetStack {
  const config = readConfig(app.node);
  // Environment-agnostic on purpose: synthesizes offline with no credentials, deploys to the CLI's account.
  const stack = new FactsheetStack(app, config.stackName, {
    config,
    description: 'factsheet: news articles dropped in S3 come back as sourced PDF fact sheets',
  });
  if (options.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
}
