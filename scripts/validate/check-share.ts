// One share of a validation: a slice of the article files, read, parsed and checked in
// chunks (each loaded, checked and dropped, so that memory stays bounded however large the
// tree), giving back only its problems and the entities its records use. Run on the main
// thread for the first share and in a worker for each other (validate-worker.ts), so that
// no parsed record crosses a thread boundary (which is what made threads pay).
import { loadArticles, type CorpusPlan } from './corpus.ts';
import type { Rule } from './rule.ts';
import { addTiming, runRules, type Timing } from './run-rules.ts';
import type { Problem } from '../shared/problems.ts';

export interface ShareTask {
  dataDir: string;
  files: string[];
  articleFiles: string[];
  /** The first share also checks the entity and registry-event files. */
  withEntities: boolean;
  chunk: number;
  /** Time each rule and the loading (validate --timing). */
  timing?: boolean;
}

export interface ShareResult {
  problems: Problem[];
  entityUse: string[];
  /** Milliseconds by rule, when the task asked for them. */
  timing?: [string, number][];
}

/**
 * The name `--timing` gives the reading and parsing of the files and their texts, which
 * includes checking each file against its schema; the rule `schema` only reports the errors.
 */
export const LOADING = '(loading: read, parse, check against the schema)';

export function checkShare(plan: CorpusPlan, rules: readonly Rule[], task: Pick<ShareTask, 'articleFiles' | 'withEntities' | 'chunk' | 'timing'>): ShareResult {
  const problems: Problem[] = [];
  const used = new Set<string>();
  const timing: Timing | undefined = task.timing ? new Map() : undefined;
  for (let i = 0; i === 0 || i < task.articleFiles.length; i += task.chunk) {
    const t0 = performance.now();
    const corpus = loadArticles(plan, task.articleFiles.slice(i, i + task.chunk), { withEntities: task.withEntities && i === 0, complete: false });
    if (timing) addTiming(timing, [[LOADING, performance.now() - t0]]);
    for (const id of corpus.entityUse) used.add(id);
    problems.push(...runRules(corpus, rules, timing));
  }
  return { problems, entityUse: [...used], timing: timing && [...timing] };
}
