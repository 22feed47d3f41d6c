// Runs every rule module in scripts/validate/rules/ over a corpus and turns findings into problems
// with file, line and column. Adding a rule is adding a file there.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Corpus } from './corpus.ts';
import type { Finding, Rule } from './rule.ts';
import { lineColumnOf, nodeAt, treeOf, type JsonFile } from './json-file.ts';
import { oneLine, sortProblems, toPointer, type Problem } from '../shared/problems.ts';
import { fileURLToPath } from 'node:url';

// Beside this module: scripts/validate/rules/*.ts, or their compiled copies (*.js) when run compiled.
const here = fileURLToPath(import.meta.url);
export const rulesDir = path.join(path.dirname(here), 'rules');
const ruleExt = path.extname(here);

export async function loadRules(dir = rulesDir): Promise<Rule[]> {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(ruleExt) && !f.endsWith('.d.ts')).sort();
  const rules: Rule[] = [];
  for (const f of files) {
    const mod = (await import(pathToFileURL(path.join(dir, f)).href)) as { default?: Rule };
    if (!mod.default?.check) throw new Error(`${f} has no default export with a check function`);
    rules.push(mod.default);
  }
  return rules;
}

function isJsonFile(file: Finding['file']): file is JsonFile {
  return 'text' in file && 'syntaxErrors' in file;
}

export function toProblem(rule: string, f: Finding): Problem {
  const path = f.path ?? [];
  let line = 1;
  let column = 1;
  if (isJsonFile(f.file)) {
    let node = nodeAt(treeOf(f.file), path);
    if (node && f.atKey && node.parent?.type === 'property') node = node.parent.children?.[0] ?? node;
    if (node) ({ line, column } = lineColumnOf(f.file.text, node.offset));
  } else if (f.file.lineColumn) ({ line, column } = f.file.lineColumn);
  return { file: f.file.display, line, column, severity: f.severity ?? 'error', message: oneLine(f.message), pointer: toPointer(path), rule };
}

/** Milliseconds spent in each rule (and in loading the files, under LOADING of check-share.ts), summed over a run. */
export type Timing = Map<string, number>;

/** Adds one run's times to another's (a worker's to the main thread's, say). */
export function addTiming(into: Timing, from: Iterable<[string, number]>): Timing {
  for (const [name, ms] of from) into.set(name, (into.get(name) ?? 0) + ms);
  return into;
}

/** Runs the rules; with `timing`, adds the time each took to it (for `validate --timing`). */
export function runRules(corpus: Corpus, rules: readonly Rule[], timing?: Timing): Problem[] {
  const problems: Problem[] = [];
  for (const rule of rules) {
    const t0 = timing ? performance.now() : 0;
    rule.check({ corpus, report: (finding) => problems.push(toProblem(rule.name, finding)) });
    if (timing) addTiming(timing, [[rule.name, performance.now() - t0]]);
  }
  return sortProblems(problems);
}
