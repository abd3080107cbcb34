import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prestartWorker } from './startWorker';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A folder holding `failing.js`, a worker that writes `started` beside itself, then throws naming its workerData. */
function failingWorkerDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-prestart-'));
  dirs.push(dir);
  fs.writeFileSync(
    path.join(dir, 'failing.js'),
    `import fs from 'node:fs';
import { workerData } from 'node:worker_threads';
fs.writeFileSync(new URL('./started', import.meta.url), '');
throw new Error('failed with ' + JSON.stringify(workerData));
`
  );
  fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
  return dir;
}

describe('prestartWorker', () => {
  it('a worker that failed before it was given its job does not bring the host down; the job goes to a new one, whose failure is heard', async () => {
    const dir = failingWorkerDir();
    const ahead = prestartWorker('failing', dir);
    while (!fs.existsSync(path.join(dir, 'started'))) await new Promise((resolve) => setTimeout(resolve, 20));
    // Long enough for its exit to be seen here, under load too.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const worker = ahead.give({ job: 1 });
    const error = await new Promise<Error>((resolve) => worker.once('error', resolve));
    expect(error.message).toBe('failed with {"job":1}');
  });
});
