/**
 * The Lambda asset's entry: the handler, in a process that compiles each regular expression once, natively
 * (native-regexps.ts), before any pattern runs. Only here and in the bench's bundled pipeline: the CLI and the
 * tests import the handler under tsx, whose module loader runs JavaScript on a second thread, and V8's flags are
 * process-wide, best changed while no other thread is compiling.
 */
import '../native-regexps.ts';

export { handler } from './index.ts';
