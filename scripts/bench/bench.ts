// npm run bench -- [--articles <n>] [--runs <n>] [--json <file>] [--keep] [--tests]
// Builds a synthetic corpus of N articles shaped like the real records in a temporary
// folder, then measures in one run, as whole processes (wall time and peak memory):
//   the floor (read every record and text, JSON.parse each record, sha256 each text),
//   the floor plus the schema check, on the validator's threads (what no validator beats),
//   the full validator, ajv-cli on the same records (schema only), --changed with one
//   changed record, and loading the built package against JSON.parse of its bundle.
// Each step runs several times, interleaved; medians, the spread over runs and ratios
// against the floor of the same run are printed as a table and written as JSON, with the
// time each rule took (validate --timing). --tests also times `npm test`, by file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { makeSyntheticCorpus } from './synthetic-corpus.ts';
import { bundle } from '../publish/build.ts';
import { repoRoot } from '../shared/paths.ts';
import { parse, runMain, UsageError } from '../shared/cli.ts';
import { defaultThreads } from '../validate/validate.ts';

const USAGE = 'usage: npm run bench -- [--articles <n>] [--runs <n>] [--json <file>] [--keep] [--tests]';
const hook = path.join(repoRoot, 'scripts', 'bench', 'report-resources.cjs');
// The validator exactly as `npm run validate` starts it (its node flags included), minus npm.
const validateCommand = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.validate!.split(' ').slice(1);
const ajvCli = path.join(repoRoot, 'node_modules', 'ajv-cli', 'dist', 'index.js');
const floorWithSchema = path.join(repoRoot, 'scripts', 'bench', 'floor-with-schema.cjs');

interface Sample {
  wallMs: number;
  rssMiB: number;
}

/** Runs one process; wall time from here, peak memory from the process's own report. */
function measure(args: string[], cwd: string, okStatus = [0]): Sample {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, NODE_OPTIONS: `--require ${hook}` } });
  const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status === null || !okStatus.includes(r.status)) throw new Error(`benchmark step failed (${args.join(' ')}): ${r.stderr.slice(-2000)}`);
  const rss = [...r.stderr.matchAll(/resource: maxRSS=(\d+) KiB/g)].map((m) => Number(m[1]) / 1024);
  return { wallMs, rssMiB: Math.max(...rss) };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** The floor: what any validator must do at least. Plain Node, no dependencies. */
const FLOOR = `
const fs = require('node:fs'), path = require('node:path'), { createHash } = require('node:crypto');
const dir = process.argv[1];
for (const f of fs.readdirSync(path.join(dir, 'articles'))) JSON.parse(fs.readFileSync(path.join(dir, 'articles', f), 'utf8'));
for (const f of fs.readdirSync(path.join(dir, 'entities'))) JSON.parse(fs.readFileSync(path.join(dir, 'entities', f), 'utf8'));
for (const f of fs.readdirSync(path.join(dir, 'sources'))) createHash('sha256').update(fs.readFileSync(path.join(dir, 'sources', f))).digest('hex');
`;

export interface Row {
  step: string;
  medianMs: number;
  /** The fastest and the slowest run: how far to trust the median. */
  minMs: number;
  maxMs: number;
  peakMiB: number;
  baseline: string;
  ratio: number;
}

export interface BenchResult {
  articles: number;
  corpusMiB: number;
  runs: number;
  node: string;
  rows: Row[];
  targets: { name: string; value: number; unit?: string; limit: string; met: boolean }[];
  /** CPU milliseconds by rule over every thread, from one `validate --timing` run, slowest first. */
  rules: { rule: string; ms: number }[];
  /** `npm test` as a contributor runs it, with --tests: its wall time and its slowest files. */
  tests?: TestTimes;
}

export interface TestTimes {
  wallS: number;
  passed: number;
  failed: number;
  slowest: { file: string; s: number; tests: number }[];
}

function git(cwd: string, ...args: string[]) {
  const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`git ${args[0]} failed: ${r.stderr}`);
}

export function runBench(articles: number, runs: number, keep = false): BenchResult {
  const dist = path.join(repoRoot, 'dist');
  if (!fs.existsSync(path.join(dist, 'index.cjs'))) throw new UsageError('dist/ is missing; run `npm run build` first');
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-bench-'));
  try {
    const data = path.join(root, 'data');
    const corpus = makeSyntheticCorpus(data, articles);
    // --changed needs history: commit the corpus, then change one record.
    git(root, 'init', '-q', '-b', 'main');
    git(root, 'add', '-A');
    git(root, 'commit', '-q', '-m', 'synthetic corpus');
    const changed = path.join(data, 'articles', 'bench-000000.json');
    fs.writeFileSync(changed, fs.readFileSync(changed, 'utf8').replace('"status": "checked"', '"status": "draft"'));
    // The package, loading the synthetic bundle.
    const pkg = path.join(root, 'pkg');
    fs.cpSync(dist, pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'dataset.json'), bundle(data));
    const bundleFile = JSON.stringify(path.join(pkg, 'dataset.json'));

    // The validator's own choice of threads for a tree this size.
    const threads = defaultThreads(articles);
    const steps: { name: string; args: string[]; ok?: number[] }[] = [
      { name: 'floor: read + JSON.parse + sha256', args: ['-e', FLOOR, data] },
      // The least any validator that checks the schema can take here, on as many threads.
      { name: `floor + schema check, on ${threads} thread(s)`, args: [floorWithSchema, data, String(threads)] },
      { name: 'validate (every invariant)', args: [...validateCommand, '--data', data], ok: [0, 1] },
      { name: 'ajv-cli (schema only)', args: [ajvCli, 'validate', '--spec=draft2020', '-s', path.join(repoRoot, 'schema', 'article.schema.json'), '-r', path.join(repoRoot, 'schema', 'defs.schema.json'), '-d', path.join(data, 'articles', '*.json'), '--strict=false', '-c', 'ajv-formats', '--all-errors'] },
      { name: 'validate --changed (one record)', args: [...validateCommand, '--data', data, '--changed', 'HEAD'], ok: [0, 1] },
      { name: 'JSON.parse(bundle)', args: ['-e', `JSON.parse(require('node:fs').readFileSync(${bundleFile}, 'utf8'))`] },
      { name: 'require(package)', args: ['-e', `require(${JSON.stringify(path.join(pkg, 'index.cjs'))})`] },
    ];
    // One untimed run first: the validator compiles its scripts on the first run after an edit.
    measure([...validateCommand, '--help'], repoRoot);
    const samples = steps.map(() => [] as Sample[]);
    // Interleaved, so that drift in the machine's load touches every step alike.
    for (let i = 0; i < runs; i++) steps.forEach((s, j) => samples[j]!.push(measure(s.args, repoRoot, s.ok)));
    const med = samples.map((ss) => ({ ms: median(ss.map((s) => s.wallMs)), min: Math.min(...ss.map((s) => s.wallMs)), max: Math.max(...ss.map((s) => s.wallMs)), mib: Math.max(...ss.map((s) => s.rssMiB)) }));
    const row = (i: number, base: number): Row => ({ step: steps[i]!.name, medianMs: med[i]!.ms, minMs: med[i]!.min, maxMs: med[i]!.max, peakMiB: med[i]!.mib, baseline: steps[base]!.name, ratio: med[i]!.ms / med[base]!.ms });
    const rows = [row(0, 0), row(1, 0), row(2, 0), row(3, 0), row(4, 0), row(5, 5), row(6, 5)];
    const [, , full, ajv, changedOne, , load] = rows as [Row, Row, Row, Row, Row, Row, Row];
    const corpusMiB = corpus.bytes / 1048576;
    const targets = [
      { name: 'full validation vs floor', value: full.ratio, limit: '<= 1.6x', met: full.ratio <= 1.6 },
      { name: 'ajv-cli vs full validation', value: ajv.medianMs / full.medianMs, limit: '>= 1.1x', met: ajv.medianMs / full.medianMs >= 1.1 },
      // Seconds, not a ratio: a contributor waits for it after every edit.
      { name: '--changed on one record', value: changedOne.medianMs / 1000, unit: ' s', limit: '<= 0.5 s', met: changedOne.medianMs <= 500 },
      { name: 'validator peak memory vs corpus size', value: full.peakMiB / corpusMiB, limit: '<= 2x', met: full.peakMiB / corpusMiB <= 2 },
      { name: 'package import vs JSON.parse of the bundle', value: load.ratio, limit: '<= 1.2x', met: load.ratio <= 1.2 },
    ];
    // Where the validator's time goes: one more run, untimed as a whole, with --timing.
    const timed = spawnSync(process.execPath, [...validateCommand, '--data', data, '--timing'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 1 << 30 });
    const rules = [...timed.stderr.matchAll(/^(\S.*?)\s+([\d.]+)\s+[\d.]+%$/gm)].filter((m) => m[1] !== 'total').map((m) => ({ rule: m[1]!, ms: Math.round(Number(m[2])) }));
    return { articles, corpusMiB, runs, node: process.version, rows, targets, rules };
  } finally {
    if (!keep) fs.rmSync(root, { recursive: true, force: true });
    else console.error(`kept ${root}`);
  }
}

/** `npm test` as a contributor runs it, timed whole, with vitest's report of each file. */
export function timeTests(): TestTimes {
  const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'htn-bench-tests-')), 'vitest.json');
  const t0 = process.hrtime.bigint();
  spawnSync('npm', ['test', '--', '--reporter=json', `--outputFile.json=${report}`], { cwd: repoRoot, stdio: 'ignore' });
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  if (!fs.existsSync(report)) throw new Error('npm test wrote no report: run it on its own to see why');
  return testTimes(JSON.parse(fs.readFileSync(report, 'utf8')) as VitestReport, wallS);
}

/** The parts of vitest's JSON report that the bench reads. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { name: string; startTime: number; endTime: number; assertionResults: unknown[] }[];
}

/** A test run's wall time, counts and five slowest files, from vitest's JSON report. */
export function testTimes(r: VitestReport, wallS: number): TestTimes {
  const slowest = r.testResults
    .map((f) => ({ file: path.relative(repoRoot, f.name), s: (f.endTime - f.startTime) / 1000, tests: f.assertionResults.length }))
    .sort((a, b) => b.s - a.s)
    .slice(0, 5);
  return { wallS, passed: r.numPassedTests, failed: r.numFailedTests, slowest };
}

const spread = (x: Row) => `${x.minMs.toFixed(0)}-${x.maxMs.toFixed(0)} ms`;

export function formatResult(r: BenchResult): string {
  const lines = [
    `${r.articles} articles, ${r.corpusMiB.toFixed(1)} MiB of records and texts; median of ${r.runs} run(s); Node ${r.node}`,
    '',
    '| step | median wall time | spread over runs | peak memory | ratio | baseline |',
    '|---|---:|---:|---:|---:|---|',
    ...r.rows.map((x) => `| ${x.step} | ${x.medianMs.toFixed(0)} ms | ${spread(x)} | ${x.peakMiB.toFixed(0)} MiB | ${x.ratio.toFixed(2)}x | ${x.baseline} |`),
    '',
    '| target | measured | limit | met |',
    '|---|---:|---|---|',
    ...r.targets.map((t) => `| ${t.name} | ${t.value.toFixed(2)}${t.unit ?? 'x'} | ${t.limit} | ${t.met ? 'yes' : 'no'} |`),
    '',
    '| where validate spends its time (`--timing`, CPU over all threads) | ms |',
    '|---|---:|',
    ...r.rules.slice(0, 10).map((x) => `| ${x.rule} | ${x.ms} |`),
  ];
  if (r.tests) {
    lines.push(
      '',
      `\`npm test\`: ${r.tests.wallS.toFixed(0)} s wall, ${r.tests.passed} passed, ${r.tests.failed} failed; its five slowest files:`,
      '',
      '| test file | tests | time (files run side by side) |',
      '|---|---:|---:|',
      ...r.tests.slowest.map((f) => `| ${f.file} | ${f.tests} | ${f.s.toFixed(1)} s |`),
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parse({
    options: { articles: { type: 'string', default: '10000' }, runs: { type: 'string', default: '3' }, json: { type: 'string' }, keep: { type: 'boolean', default: false }, tests: { type: 'boolean', default: false } },
  });
  const articles = Number(values.articles);
  const runs = Number(values.runs);
  if (!Number.isInteger(articles) || articles < 1) throw new UsageError('--articles takes a whole number of at least 1');
  if (!Number.isInteger(runs) || runs < 1) throw new UsageError('--runs takes a whole number of at least 1');
  const result = runBench(articles, runs, values.keep);
  if (values.tests) result.tests = timeTests();
  console.log(formatResult(result));
  const out = path.resolve(values.json ?? path.join(repoRoot, 'dist', 'bench-results.json'));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 2) + '\n');
  console.error(`wrote ${out}`);
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('bench', USAGE, main);
