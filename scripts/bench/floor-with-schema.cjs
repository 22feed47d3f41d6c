// A benchmark step: the floor's work (read every record and text, JSON.parse each record,
// sha256 each text) plus the schema check of each record by the generated validators,
// shared among threads as the validator shares it. No validator that checks the schema
// can take less on this machine, so it shows what the validator's other checks cost.
// node scripts/bench/floor-with-schema.cjs <data dir> <threads>
const fs = require('node:fs');
const path = require('node:path');
const { createHash } = require('node:crypto');
const { Worker, isMainThread, workerData, parentPort } = require('node:worker_threads');

function share(dir, kind, files) {
  const validate = require('../generated/validators.cjs')[kind];
  let valid = 0;
  for (const f of files) if (validate(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')))) valid++;
  return valid;
}

if (isMainThread) {
  const [dir, threads] = [process.argv[2], Number(process.argv[3] ?? 1)];
  const list = (sub) => fs.readdirSync(path.join(dir, sub)).map((f) => path.join(sub, f));
  const articles = list('articles');
  const size = Math.ceil(articles.length / threads);
  const others = Array.from({ length: threads - 1 }, (_, i) =>
    new Promise((resolve, reject) => new Worker(__filename, { workerData: { dir, files: articles.slice((i + 1) * size, (i + 2) * size) } }).once('message', resolve).once('error', reject)),
  );
  let valid = share(dir, 'article', articles.slice(0, size)) + share(dir, 'entity', list('entities'));
  for (const f of list('sources')) createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex');
  Promise.all(others).then((counts) => {
    valid += counts.reduce((a, b) => a + b, 0);
    process.stderr.write(`${valid} valid file(s)\n`);
  });
} else {
  parentPort.postMessage(share(workerData.dir, 'article', workerData.files));
}
