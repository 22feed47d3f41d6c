// Hostile and broken contributions. Every case runs the validator's command line on a
// copy of the valid fixture tree with one bad input, plus a known error in another file,
// and checks: exit code 1, an error line naming the bad file (with line and column), no
// stack trace, and the other file still validated and reported.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { applyEdits, copyTree, runAsync, scriptCommand, validFixture } from '../helpers.ts';
import { A, ARTICLE_SENTINEL, H, SENTINEL, categories, text } from './hostile-cases.ts';
import { repoRoot } from '../../scripts/shared/paths.ts';


const rssHook = path.join(repoRoot, 'scripts', 'bench', 'report-resources.cjs');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(path.dirname(d), { recursive: true, force: true });
});

/** The validator as `npm run validate` runs it, reporting its peak memory and time. */
function runValidate(dir: string) {
  return runAsync(process.execPath, [...scriptCommand('validate/validate.ts'), '--data', dir], { env: { ...process.env, NODE_OPTIONS: `--require ${rssHook}` } });
}

/** Peak memory (MiB) and time (ms) of the slowest process in the run. */
function resources(stderr: string): { rssMiB: number; ms: number } {
  const all = [...stderr.matchAll(/resource: maxRSS=(\d+) KiB time=(\d+) ms/g)];
  return { rssMiB: Math.max(...all.map((m) => Number(m[1]) / 1024)), ms: Math.max(...all.map((m) => Number(m[2]))) };
}

const total = Object.values(categories).reduce((n, cs) => n + cs.length, 0);

describe('the bad-input suite', () => {
  it('has at least 60 cases', () => {
    expect(total).toBeGreaterThanOrEqual(60);
  });
});

describe.each(Object.entries(categories))('%s', (_, cases) => {
  it.concurrent.each(cases.map((c) => [c.name, c] as const))('rejects %s', async (_, c) => {
    // A tree in its own folder, so that "outside" symlink targets are outside the tree.
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-hostile-'));
    const dir = path.join(parent, 'data');
    fs.renameSync(copyTree(validFixture), dir);
    dirs.push(dir);
    fs.writeFileSync(path.join(parent, 'outside-secret.json'), '{"secret": "OUTSIDE-THE-TREE"}');
    fs.writeFileSync(path.join(parent, 'outside-secret.txt'), 'OUTSIDE-THE-TREE');
    applyEdits(dir, [...c.edits, c.sentinel === 'article' ? ARTICLE_SENTINEL : SENTINEL]);
    const r = await runValidate(dir);
    const output = r.stdout + r.stderr;

    expect(r.status, output).toBe(1);
    expect(output, 'no stack trace').not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
    expect(output).not.toContain('OUTSIDE-THE-TREE');
    const shown = path.join(dir, c.file);
    const line = r.stdout.split('\n').find((l) => l.startsWith(`${shown}:`) && l.includes(c.includes));
    expect(line, `expected a line for ${shown} with "${c.includes}" in:\n${r.stdout.slice(0, 3000)}`).toBeDefined();
    expect(line).toMatch(new RegExp(`^${shown.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+: ${c.warning ? 'warning' : 'error'}: `));
    // The other file with a known error is still validated and reported.
    const sentinel = c.sentinel === 'article' ? `${path.join(dir, A)}:` : `${path.join(dir, 'entities', 'example-news.json')}:`;
    expect(r.stdout.split('\n').some((l) => l.startsWith(sentinel) && l.includes(': error: ')), 'the other file is still reported').toBe(true);
    // Bounded: every case, the largest inputs included, within 20 s and 400 MiB.
    const used = resources(r.stderr);
    expect(used.ms).toBeLessThan(20_000);
    expect(used.rssMiB).toBeLessThan(400);
    if (['a 50 MB file', 'nesting 100,000 levels deep', 'a 1 MB string', 'a 50 MB source text'].includes(c.name)) {
      console.log(`bounds: ${c.name}: ${used.ms} ms, peak ${used.rssMiB.toFixed(0)} MiB`);
    }
  }, 60_000);
});

describe('prototype pollution', () => {
  it('a record with __proto__ and constructor keys leaves Object.prototype untouched', async () => {
    const { loadCorpus } = await import('../../scripts/validate/corpus.ts');
    const { loadRules, runRules } = await import('../../scripts/validate/run-rules.ts');
    const dir = copyTree(validFixture);
    applyEdits(dir, [text(H, '"roles": []', '"roles": [],\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted2": true } }')]);
    const problems = runRules(loadCorpus(dir), await loadRules());
    expect(problems.filter((p) => p.rule === 'unsafe-values').map((p) => p.pointer)).toEqual(['/__proto__', '/constructor', '/constructor/prototype']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted2).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
