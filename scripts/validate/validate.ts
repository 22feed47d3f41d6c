// npm run validate -- [--data <dir>] [--format text|github|json] [--summary <file>] [--changed [<base>]] [--threads <n>] [--timing] [file or folder ...]
// Checks the data tree (or the named files and what they reference) against the schemas
// and every rule in scripts/validate/rules/. Exit 0: valid (warnings allowed); 1: errors; 2: usage.
import path from 'node:path';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { loadArticles, planCorpus } from './corpus.ts';
import { checkShare, type ShareResult, type ShareTask } from './check-share.ts';
import { addTiming, loadRules, runRules, type Timing } from './run-rules.ts';
import { formatProblems, formats, sortProblems, type Format, type Problem } from '../shared/problems.ts';
import { defaultDataDir } from '../shared/paths.ts';
import { expandTargets, parse, runMain, UsageError } from '../shared/cli.ts';
import { changedFiles } from './changed.ts';
import { markdownSummary } from './summary.ts';
import fs from 'node:fs';

const USAGE = 'usage: npm run validate -- [--data <dir>] [--format text|github|json] [--summary <file>] [--changed [<base>]] [--threads <n>] [--timing] [file or folder ...]';

export interface ValidateOptions {
  dataDir: string;
  files?: string[];
  /** Threads to share the articles among: this one and a worker for each other; 1 checks everything here. */
  threads?: number;
  /** Filled with the milliseconds each rule took, summed over every thread (`--timing`). */
  timing?: Timing;
}

/**
 * Articles checked at a time: memory stays bounded however large the tree grows, and a
 * small chunk dies young, so the garbage collector does not copy parsed records around
 * (200 at a time spent a fifth of the run in the collector; 20, a thirtieth).
 */
const CHUNK = 20;
/**
 * Below this many articles a second thread saves nothing on the two-core machines measured
 * (at 1,000 and 2,000 articles both took as long; at 4,000 two threads took 0.87x as long,
 * at 10,000 about 0.6x), and costs half as much work again.
 */
const PARALLEL_FROM = 2000;

/** The threads worth using: one per core, up to the number of article shards that pay. */
export function defaultThreads(articles: number): number {
  return articles < PARALLEL_FROM ? 1 : Math.max(1, Math.min(os.availableParallelism(), Math.floor(articles / PARALLEL_FROM) + 1, 4));
}

// Run compiled (run-compiled.mjs), a worker loads the compiled shard checker itself; run as
// TypeScript, it loads it through an entry that registers the same loader in the worker.
const workerEntry = import.meta.url.endsWith('.js') ? new URL('./validate-worker.js', import.meta.url) : new URL('./validate-worker-entry.mjs', import.meta.url);

function runShare(task: ShareTask): Promise<ShareResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerEntry, { workerData: task, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
    worker.once('message', (r: ShareResult) => resolve(r));
    worker.once('error', reject);
    worker.once('exit', (code) => code !== 0 && reject(new Error(`a validation worker stopped with code ${code}`)));
  });
}

export async function validate({ dataDir, files = [], threads, timing }: ValidateOptions): Promise<Problem[]> {
  const rules = await loadRules();
  const plan = planCorpus(dataDir, { files });
  const n = Math.max(1, threads ?? defaultThreads(plan.articleFiles.length));
  // Each thread reads, parses and checks its own share: this one the first (with the
  // entities), a worker each of the others (none on one thread). The checks that need the
  // whole tree (unused entities and texts, id continuity) run here, on what all sent.
  const size = Math.ceil(plan.articleFiles.length / n);
  const shards = Array.from({ length: n }, (_, i) => plan.articleFiles.slice(i * size, (i + 1) * size));
  const others = Promise.all(shards.slice(1).map((articleFiles) => runShare({ dataDir, files, articleFiles, withEntities: false, chunk: CHUNK, timing: timing !== undefined })));
  const mine = checkShare(plan, rules, { articleFiles: shards[0]!, withEntities: true, chunk: CHUNK, timing: timing !== undefined });
  const results = [mine, ...(await others)];
  const problems = results.flatMap((r) => r.problems);
  if (timing) for (const r of results) addTiming(timing, r.timing ?? []);
  if (plan.complete) {
    const last = loadArticles(plan, [], { withEntities: false, complete: true });
    problems.push(...runRules({ ...last, entityUse: new Set(results.flatMap((r) => r.entityUse)) }, rules, timing));
  }
  return sortProblems(problems);
}

function summary(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error(s), ${warnings} warning(s)`;
}

/** What the command line prints on standard output for a run's problems, and its exit status. */
export function report(problems: Problem[], format: Format): { stdout: string; status: number } {
  const out = formatProblems(problems, format);
  return { stdout: out ? `${out}\n` : '', status: problems.some((p) => p.severity === 'error') ? 1 : 0 };
}

/** The time each rule took, slowest first, as a table on standard error (like ESLint's TIMING). */
export function timingTable(timing: Timing): string {
  const rows = [...timing].sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, ms]) => sum + ms, 0);
  const width = Math.max(4, ...rows.map(([name]) => name.length));
  const line = (name: string, ms: number) => `${name.padEnd(width)}  ${ms.toFixed(1).padStart(22)}  ${((100 * ms) / total).toFixed(1).padStart(5)}%`;
  return [`${'rule'.padEnd(width)}  time (ms, all threads)   share`, ...rows.map(([name, ms]) => line(name, ms)), line('total', total)].join('\n');
}

/** `--changed` takes an optional base: the next argument, unless it is an option or a path. */
function splitChanged(args: string[]): { args: string[]; changed: boolean; base?: string } {
  const i = args.indexOf('--changed');
  if (i === -1) return { args, changed: false };
  const next = args[i + 1];
  const hasBase = next !== undefined && !next.startsWith('-') && !fs.existsSync(next);
  return { args: [...args.slice(0, i), ...args.slice(i + (hasBase ? 2 : 1))], changed: true, base: hasBase ? next : undefined };
}

async function main(): Promise<number> {
  const split = splitChanged(process.argv.slice(2));
  const { values, positionals } = parse({
    args: split.args,
    allowPositionals: true,
    options: {
      data: { type: 'string' },
      format: { type: 'string', default: 'text' },
      summary: { type: 'string' },
      threads: { type: 'string' },
      timing: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as Format;
  if (!formats.includes(format)) throw new UsageError(`unknown format "${values.format}"; use one of ${formats.join(', ')}`);
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  let files = expandTargets(positionals, dataDir);
  if (split.changed) {
    if (positionals.length > 0) throw new UsageError('--changed chooses the files itself; do not name files with it');
    const changed = changedFiles(dataDir, split.base);
    console.error(`checking ${changed.targets.length} file(s) changed since ${changed.base}` + (changed.entities.length ? ` (with the records that use ${changed.entities.join(', ')})` : ''));
    if (changed.targets.length === 0) return 0;
    files = changed.targets;
  }
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && (!Number.isInteger(threads) || threads < 1 || threads > 16)) throw new UsageError('--threads takes a whole number from 1 to 16');
  const timing: Timing | undefined = values.timing ? new Map() : undefined;
  const problems = await validate({ dataDir, files, threads, timing });
  const { stdout, status } = report(problems, format);
  process.stdout.write(stdout);
  if (format !== 'json') console.error(summary(problems));
  if (timing) console.error(timingTable(timing));
  // GitHub shows only the first annotations of a step; the summary file gets them all.
  if (values.summary) fs.appendFileSync(values.summary, markdownSummary(problems));
  return status;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('validate', USAGE, main);
