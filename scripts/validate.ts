// npm run validate -- [--data <dir>] [--format text|github|json] [file or folder ...]
// Checks the data tree (or the named files and what they reference) against the schemas
// and every rule in scripts/rules/. Exit 0: valid (warnings allowed); 1: errors; 2: usage.
import path from 'node:path';
import { loadCorpus } from './lib/corpus.ts';
import { loadRules, runRules } from './lib/run-rules.ts';
import { formatProblems, formats, type Format, type Problem } from './lib/problems.ts';
import { defaultDataDir } from './lib/paths.ts';
import { expandTargets, parse, runMain, UsageError } from './lib/cli.ts';

const USAGE = 'usage: npm run validate -- [--data <dir>] [--format text|github|json] [file or folder ...]';

export interface ValidateOptions {
  dataDir: string;
  files?: string[];
}

export async function validate({ dataDir, files = [] }: ValidateOptions): Promise<Problem[]> {
  const corpus = loadCorpus(dataDir, { files });
  return runRules(corpus, await loadRules());
}

function summary(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return `${errors} error(s), ${warnings} warning(s)`;
}

async function main(): Promise<number> {
  const { values, positionals } = parse({
    allowPositionals: true,
    options: { data: { type: 'string' }, format: { type: 'string', default: 'text' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const format = values.format as Format;
  if (!formats.includes(format)) throw new UsageError(`unknown format "${values.format}"; use one of ${formats.join(', ')}`);
  const dataDir = path.resolve(values.data ?? defaultDataDir);
  const files = expandTargets(positionals, dataDir);
  const problems = await validate({ dataDir, files });
  const out = formatProblems(problems, format);
  if (out) console.log(out);
  if (format !== 'json') console.error(summary(problems));
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) await runMain('validate', USAGE, main);
