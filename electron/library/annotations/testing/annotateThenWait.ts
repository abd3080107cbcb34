/**
 * Child process of the durability test (durability.test.ts): opens the library named by argv[2],
 * creates the annotation given as JSON in argv[3] through the channel's handler, prints the
 * answer as one line (the acknowledgement), then waits without closing the library, to be killed.
 */
import { dispatch } from '@shared/contract/dispatch';
import { openLibrary } from '../../library';
import { annotationHandlers } from '../annotationHandlers';

const [file, input] = process.argv.slice(2);
if (!file || !input) throw new Error('usage: annotateThenWait <library> <annotations:create input as JSON>');
const library = openLibrary(file, { write: true });
const result = await dispatch(annotationHandlers(library.db), 'annotations:create', JSON.parse(input));
process.stdout.write(JSON.stringify(result) + '\n');
setInterval(() => {}, 60_000);
