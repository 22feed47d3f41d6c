// The validator shares a large tree among threads; what it reports must not depend on
// that. Over the valid fixture tree, the first case of each category of hostile input and
// of each rule's invalid fixture (a worker's start-up under the TypeScript loader costs
// about half a second, so not every case), the run on two threads (this one and a worker)
// reports exactly what the single-threaded run reports, in the same order.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validate } from '../../scripts/validate/validate.ts';
import { applyEdits, copyTree, fixturesDir, validFixture, type Case, type Edit } from '../helpers.ts';
import { ARTICLE_SENTINEL, SENTINEL, categories } from './hostile-cases.ts';

const trees: { name: string; edits: Edit[] }[] = [{ name: 'the valid fixture tree', edits: [] }];
for (const [c] of Object.values(categories)) if (c) trees.push({ name: c.name, edits: [...c.edits, c.sentinel === 'article' ? ARTICLE_SENTINEL : SENTINEL] });
for (const f of fs.readdirSync(path.join(fixturesDir, 'invalid')).sort()) {
  const [first] = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'invalid', f), 'utf8')) as Case[];
  if (first) trees.push({ name: `${path.basename(f, '.json')}: ${first.name}`, edits: first.edits });
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('parallel validation', () => {
  it('runs more than one worker on the fixture tree', () => {
    // Otherwise the comparison below would compare the single-threaded mode with itself.
    expect(fs.readdirSync(path.join(validFixture, 'articles')).filter((f) => f.endsWith('.json')).length).toBeGreaterThan(1);
  });

  it.each(trees.map((t) => [t.name, t]))('reports what the single-threaded run reports: %s', async (_, t) => {
    // The bad-input suite's layout: a tree in its own folder, beside files it must not read.
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-parallel-'));
    dirs.push(parent);
    const dir = path.join(parent, 'data');
    fs.renameSync(copyTree(validFixture), dir);
    fs.writeFileSync(path.join(parent, 'outside-secret.json'), '{"secret": "OUTSIDE-THE-TREE"}');
    fs.writeFileSync(path.join(parent, 'outside-secret.txt'), 'OUTSIDE-THE-TREE');
    applyEdits(dir, t.edits);
    const single = await validate({ dataDir: dir, threads: 1 });
    // Node announces every worker thread it starts: the parallel run must really use one
    // (this thread checks the first share, a worker the second).
    let started = 0;
    const count = () => started++;
    process.on('worker', count);
    const parallel = await validate({ dataDir: dir, threads: 2 }).finally(() => process.off('worker', count));
    expect(started).toBe(1);
    expect(parallel).toEqual(single);
    if (t.edits.length > 0) expect(single.length).toBeGreaterThan(0);
  });
});
