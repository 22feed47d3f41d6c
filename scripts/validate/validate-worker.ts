// A worker thread of a parallel validation: it plans the tree itself (compiled validators
// cannot cross a thread boundary), checks the share it is given, and posts the result.
import { parentPort, workerData } from 'node:worker_threads';
import { planCorpus } from './corpus.ts';
import { loadRules } from './run-rules.ts';
import { checkShare, type ShareTask } from './check-share.ts';

if (parentPort && workerData) {
  const task = workerData as ShareTask;
  parentPort.postMessage(checkShare(planCorpus(task.dataDir, { files: task.files }), await loadRules(), task));
}
