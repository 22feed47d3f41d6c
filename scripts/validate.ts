// npm run validate -- [--data <dir>] [--format text|github|json] [--summary <file>] [--changed [<base>]] [file or folder ...]
// Checks the data tree (or the named files and what they reference) against the schemas
// and every rule in scripts/rules/. Exit 0: valid (warnings allowed); 1: errors; 2: usage.
import path from 'node:path';
import { corpusChunks, planCorpus } from './lib/corpus.ts';
import { sortProblems } from './lib/problems.ts';
import { loadRules, runRules } from './lib/run-rules.ts';
import { formatProblems, formats, type Format, type Problem } from './lib/problems.ts';
import { defaultDataDir } from './lib/paths.ts';
import { expandTargets, parse, runMain, UsageError } from './lib/cli.ts';
import { changedFiles } from './lib/changed.ts';
import { markdownSummary } from './lib/summary.ts';
import fs from 'node:fs';

const USAGE = 'usage: npm run validate -- [--data <dir>] [--format text|github|json] [--summary <file>] [--changed [<base>]] [file or folder ...]';

export interface ValidateOptions {
  dataDir: string;
  files?: string[];
}

/** Articles checked at a time: memory stays bounded however large the tree grows. */
const CHUNK = 200;

export async function validate({ dataDir, files = [] }: ValidateOptions): Promise<Problem[]> {
  const rules = await loadRules();
  const problems: Problem[] = [];
  // One thread: worker threads were measured and did not pay on two cores (the same wall
  // time for 5,000 articles, with 60% more memory).
  for (const corpus of corpusChunks(planCorpus(dataDir, { files }), CHUNK)) problems.push(...runRules(corpus, rules));
  return sortProblems(problems);
}

function summary(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error(s), ${warnings} warning(s)`;
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
  const problems = await validate({ dataDir, files });
  const out = formatProblems(problems, format);
  if (out) console.log(out);
  if (format !== 'json') console.error(summary(problems));
  // GitHub shows only the first annotations of a step; the summary file gets them all.
  if (values.summary) fs.appendFileSync(values.summary, markdownSummary(problems));
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('validate', USAGE, main);
