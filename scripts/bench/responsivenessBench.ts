/**
 * Responsiveness benchmark (`npm run bench:responsiveness`, issue 14): does the UI stay live while
 * the engine works hard? Browser mode (the host `crosscheck serve` runs) on a fresh library holding
 * the seeds imports reuters-21578 (21,578 files; the import groups them into stories in its worker)
 * and then regroups the library's stories (`stories:regroup`, the Stories view's button). Meanwhile
 * `search:query` calls (with facets, as the search field sends them) go out at a steady pace, open
 * loop (each timed from the moment it was due, not from when the last one answered), so that 200
 * of them span the run; and `monitorEventLoopDelay` watches the host's own thread, the one that
 * answers HTTP (in the desktop app: the one that runs the window's main process).
 *
 * Two hosts, alternating in the same run so they share the machine's load:
 *   before  the engine on the host's thread (startEngine's handlers served in-process, as every
 *           host ran them until session 7);
 *   after   the engine in its worker thread (`startBrowserMode`, what `crosscheck serve` runs).
 * Targets (issue 14): search p95 ≤ 150 ms, host event-loop delay p99 ≤ 20 ms. Medians of 3 runs
 * after one warm-up per host (it also sets the pace: its length ÷ 200). Writes the table into
 * docs/benchmarks.md between the `responsiveness` markers.
 *
 *   npx tsx scripts/bench/responsivenessBench.ts [--runs 3] [--only before|after] [--no-write]
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { startEngine } from '../../electron/library/engine';
import { startServer } from '../../electron/serve/server';
import { startBrowserMode } from '../../electron/serve/browserMode';
import { SEEDS_DIR } from '../../electron/library/testing/tempLibrary';
import { corporaRoot, median, reutersFolder } from './corpora';
import { writeSection } from './report';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const QUERIES_PER_RUN = 200;
const QUERIES = [
  'oil prices',
  'wheat exports',
  '"interest rates"',
  'opec output',
  'coffee quota',
  'bank of japan',
  'dollar yen',
  'trade deficit',
  'takeover bid',
  'crude',
  'soybean',
  'merger outlet:Reuters',
  'inflaton',
  'gold',
  'tin council'
];

type HostKind = 'before' | 'after';

interface Served {
  readonly url: string;
  readonly token: string;
  close(): Promise<void>;
}

interface RunResult {
  readonly seconds: number;
  readonly queries: number;
  readonly failed: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
  /** Search p95 of the calls sent while the import ran, and while the regroup ran (after the import). */
  readonly p95Import: number;
  readonly p95Regroup: number;
  readonly loopP99: number;
  readonly loopMax: number;
  readonly articles: number;
}

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    only: { type: 'string' },
    'no-write': { type: 'boolean', default: false }
  }
});

/** Starts browser mode on `file` the way `host` runs it. */
async function serve(host: HostKind, file: string): Promise<Served> {
  if (host === 'after') {
    const mode = await startBrowserMode({ file, seedsDir: SEEDS_DIR, staticDir: ROOT });
    return { url: mode.server.url, token: mode.server.token, close: () => mode.close() };
  }
  // The server exists only after the engine: events go through this late-bound reference.
  const late: { emit?: (event: string, payload: unknown) => void } = {};
  const engine = await startEngine({ file, seedsDir: SEEDS_DIR, host: { mode: 'browser', emit: (event, payload) => late.emit?.(event, payload) } });
  const server = await startServer({ handlers: engine.handlers, staticDir: ROOT });
  late.emit = server.emit;
  return {
    url: server.url,
    token: server.token,
    close: async () => {
      await server.close();
      engine.close();
    }
  };
}

/**
 * One API call. NB: a fresh connection each time (no keep-alive): a reused connection the server
 * is closing at that moment fails with ECONNRESET, which a browser retries and fetch does not.
 */
function call(served: Served, channel: string, input: unknown): Promise<unknown> {
  const body = JSON.stringify(input);
  const sent = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      new URL(`/api/${channel}`, served.url),
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-crosscheck-token': served.token }
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const result = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { ok: boolean; value?: unknown; error?: { message: string } };
          if (result.ok) resolve(result.value);
          else reject(new Error(`${channel}: ${result.error?.message ?? 'failed'}`));
        });
      }
    );
    request.on('error', (error) => reject(new Error(`${channel} after ${(performance.now() - sent).toFixed(0)} ms: ${error.message}`)));
    request.end(body);
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** One run: a fresh library, the import and the regroup, searches every `paceMs` until both are done and 200 went out. */
async function run(host: HostKind, folder: string, paceMs: number): Promise<RunResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cc-bench-responsive-'));
  const served = await serve(host, path.join(dir, 'library.sqlite'));
  try {
    const loop = monitorEventLoopDelay({ resolution: 10 });
    const latencies: number[] = [];
    const byPhase = { import: [] as number[], regroup: [] as number[] };
    let phase: keyof typeof byPhase = 'import';
    const answers: Array<Promise<void>> = [];
    let workDone = false;
    let failed = 0;
    const started = performance.now();
    loop.enable();
    const work = (async () => {
      await call(served, 'import:paths', { paths: [folder] });
      process.stderr.write(`  ${host}: imported after ${((performance.now() - started) / 1000).toFixed(0)} s; regrouping…\n`);
      phase = 'regroup';
      await call(served, 'stories:regroup', {});
      workDone = true;
    })();
    const seconds = await (async () => {
      for (let i = 0; ; i++) {
        const due = started + i * paceMs;
        const wait = due - performance.now();
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
        if (workDone && i >= QUERIES_PER_RUN) break;
        const sentIn = byPhase[phase];
        answers.push(
          call(served, 'search:query', { query: QUERIES[i % QUERIES.length], limit: 50, facets: true }).then(
            () => {
              latencies.push(performance.now() - due);
              if (!workDone) sentIn.push(performance.now() - due);
            },
            // A search that fails (the connection refused while the host is stuck) counts as failed, not as fast.
            () => void failed++
          )
        );
        if (workDone && i + 1 >= QUERIES_PER_RUN) break;
      }
      await work;
      return (performance.now() - started) / 1000;
    })();
    await Promise.all(answers);
    loop.disable();
    const info = (await call(served, 'library:info', {})) as { articleCount: number };
    return {
      seconds,
      queries: latencies.length,
      failed,
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      max: Math.max(...latencies),
      p95Import: percentile(byPhase.import, 95),
      p95Regroup: percentile(byPhase.regroup, 95),
      loopP99: loop.percentile(99) / 1e6,
      loopMax: loop.max / 1e6,
      articles: info.articleCount
    };
  } finally {
    await served.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const folder = reutersFolder(corporaRoot());
const runs = Number(args.runs);
const hosts: HostKind[] = args.only === 'before' || args.only === 'after' ? [args.only] : ['before', 'after'];
const load = () => os.loadavg()[0]!.toFixed(1);
const loadAtStart = load();
const pace = new Map<HostKind, number>();
const results = new Map<HostKind, RunResult[]>(hosts.map((h) => [h, []]));
for (let i = -1; i < runs; i++) {
  for (const host of hosts) {
    const r = await run(host, folder, pace.get(host) ?? 100);
    process.stderr.write(
      `${i < 0 ? 'warm-up' : `run ${i + 1}`} ${host}: ${r.seconds.toFixed(1)} s, ${r.queries} searches (${r.failed} failed) p50 ${r.p50.toFixed(0)} ms p95 ${r.p95.toFixed(0)} ms (import ${r.p95Import.toFixed(0)}, regroup ${r.p95Regroup.toFixed(0)}) max ${r.max.toFixed(0)} ms; host loop delay p99 ${r.loopP99.toFixed(1)} ms max ${r.loopMax.toFixed(0)} ms; ${r.articles} articles\n`
    );
    // The pace: 200 searches over the length of this host's last run.
    pace.set(host, (r.seconds * 1000) / QUERIES_PER_RUN);
    if (i >= 0) results.get(host)!.push(r);
  }
}

const label: Record<HostKind, string> = {
  before: 'before: engine on the host thread',
  after: 'after: engine in its worker thread'
};
const m = (rs: readonly RunResult[], pick: (r: RunResult) => number, digits = 0) => median(rs.map(pick)).toFixed(digits);
const table = [
  `Medians of ${runs} runs on ${os.cpus().length} cores (${new Date().toISOString().slice(0, 10)}; 1-minute load average ${loadAtStart} at the start, ${load()} at the end:`,
  'other engineers\' builds and tests shared the machine). Browser mode on a fresh library imports reuters-21578 (21,578 files, grouped',
  'into stories by the import) and then runs `stories:regroup`; meanwhile `search:query` calls with facets go out at a steady pace',
  '(open loop, timed from when each was due), 200 over the run; the host thread\'s event-loop delay from `monitorEventLoopDelay`.',
  '',
  '| host | run s | searches | failed | search p50 ms | search p95 ms (target ≤ 150) | search max ms | host loop delay p99 ms (target ≤ 20) | host loop delay max ms |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...hosts.map((host) => {
    const rs = results.get(host)!;
    return `| ${label[host]} | ${m(rs, (r) => r.seconds, 1)} | ${m(rs, (r) => r.queries)} | ${m(rs, (r) => r.failed)} | ${m(rs, (r) => r.p50)} | ${m(rs, (r) => r.p95)} | ${m(rs, (r) => r.max)} | ${m(rs, (r) => r.loopP99, 1)} | ${m(rs, (r) => r.loopMax)} |`;
  })
].join('\n');
process.stdout.write(table + '\n');
if (!args['no-write'] && hosts.length === 2) writeSection(path.join(ROOT, 'docs', 'benchmarks.md'), 'responsiveness', table);
