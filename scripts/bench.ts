// npm run bench -- [--runs <n>] [--json <file>]
// Measures, in one run, the cost of loading the built package against the floor of
// reading and JSON.parse-ing the same bundle, as whole processes and inside a process.
// Medians of several runs; ratios against the baseline of the same run.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { repoRoot } from './lib/paths.ts';
import { parse, runMain } from './lib/cli.ts';

const USAGE = 'usage: npm run bench -- [--runs <n>] [--json <file>]';

export interface Measurement {
  name: string;
  baseline: string;
  medianMs: number;
  ratio: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Wall time of a whole `node -e` process, in ms. */
function processTime(code: string, cwd: string): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-e', code], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`benchmark step failed: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

/** Time measured inside a fresh process around one expression, in ms. */
function inProcessTime(code: string, cwd: string): number {
  const wrapped = `const t0 = process.hrtime.bigint(); ${code}; process.stdout.write(String(Number(process.hrtime.bigint() - t0) / 1e6));`;
  const r = spawnSync(process.execPath, ['-e', wrapped], { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`benchmark step failed: ${r.stderr}`);
  return Number(r.stdout);
}

export function benchImport(dist: string, runs: number): Measurement[] {
  const bundle = JSON.stringify(path.join(dist, 'dataset.json'));
  const entry = JSON.stringify(path.join(dist, 'index.cjs'));
  const parseCode = `JSON.parse(require('node:fs').readFileSync(${bundle}, 'utf8'))`;
  const importCode = `require(${entry})`;
  const steps = [
    { name: 'process: node + JSON.parse(bundle)', fn: () => processTime(parseCode, repoRoot) },
    { name: 'process: node + require(package)', fn: () => processTime(importCode, repoRoot) },
    { name: 'in process: read + JSON.parse(bundle)', fn: () => inProcessTime(parseCode, repoRoot) },
    { name: 'in process: require(package)', fn: () => inProcessTime(importCode, repoRoot) },
  ];
  const times = steps.map(() => [] as number[]);
  // Interleaved runs, so drift in machine load affects every step alike.
  for (let i = 0; i < runs; i++) steps.forEach((s, j) => times[j]!.push(s.fn()));
  const med = times.map(median);
  return [
    { name: steps[1]!.name, baseline: steps[0]!.name, medianMs: med[1]!, ratio: med[1]! / med[0]! },
    { name: steps[3]!.name, baseline: steps[2]!.name, medianMs: med[3]!, ratio: med[3]! / med[2]! },
    { name: steps[0]!.name, baseline: steps[0]!.name, medianMs: med[0]!, ratio: 1 },
    { name: steps[2]!.name, baseline: steps[2]!.name, medianMs: med[2]!, ratio: 1 },
  ];
}

export function table(rows: Measurement[]): string {
  const lines = ['| step | median ms | ratio | baseline |', '|---|---:|---:|---|'];
  for (const r of rows) lines.push(`| ${r.name} | ${r.medianMs.toFixed(2)} | ${r.ratio.toFixed(2)}x | ${r.baseline} |`);
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parse({ options: { runs: { type: 'string', default: '15' }, json: { type: 'string' } } });
  const runs = Number(values.runs);
  const dist = path.join(repoRoot, 'dist');
  if (!fs.existsSync(path.join(dist, 'index.cjs'))) {
    console.error('bench: dist/ is missing; run `npm run build` first');
    return 1;
  }
  const rows = benchImport(dist, runs);
  console.log(table(rows));
  if (values.json) fs.writeFileSync(values.json, JSON.stringify(rows, null, 2) + '\n');
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('bench', USAGE, main);
