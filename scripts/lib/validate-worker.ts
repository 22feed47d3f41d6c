// One worker of a parallel validation: it reads, parses and checks its own share of the
// article files and sends back only its problems and the entities its records use, so
// that no parsed record crosses the thread boundary (which is what made threads pay).
import { parentPort, workerData } from 'node:worker_threads';
import { entityUse, loadArticles, planCorpus } from './corpus.ts';
import { loadRules, runRules } from './run-rules.ts';
import type { Problem } from './problems.ts';

export interface ShardTask {
  dataDir: string;
  files: string[];
  articleFiles: string[];
  /** The first shard also checks the entity and registry-event files. */
  withEntities: boolean;
  chunk: number;
}

export interface ShardResult {
  problems: Problem[];
  entityUse: string[];
}

export async function checkShard(task: ShardTask): Promise<ShardResult> {
  const rules = await loadRules();
  const plan = planCorpus(task.dataDir, { files: task.files });
  const problems: Problem[] = [];
  const used = new Set<string>();
  for (let i = 0; i === 0 || i < task.articleFiles.length; i += task.chunk) {
    const corpus = loadArticles(plan, task.articleFiles.slice(i, i + task.chunk), { withEntities: task.withEntities && i === 0, complete: false });
    entityUse(corpus.articles, used);
    problems.push(...runRules(corpus, rules));
  }
  return { problems, entityUse: [...used] };
}

if (parentPort && workerData) parentPort.postMessage(await checkShard(workerData as ShardTask));
