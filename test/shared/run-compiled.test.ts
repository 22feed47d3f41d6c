// `npm run validate` runs the validator from JavaScript compiled into .cache/ (see
// scripts/shared/run-compiled.mjs). What it reports must be what the TypeScript sources report,
// in one thread or several, and an edit of scripts/ must reach the next run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { applyEdits, copyTree, fixturesDir, validFixture, type Case } from '../helpers.ts';
import { report, validate } from '../../scripts/validate/validate.ts';

/** What the TypeScript sources report, run here: the command line's output and status. */
const fromSources = async (dir: string) => report(await validate({ dataDir: dir, threads: 1 }), 'json');

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

function runCompiled(root: string, args: string[]) {
  const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'shared', 'run-compiled.mjs'), path.join(root, 'scripts', 'validate', 'validate.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// The valid tree, and the first case of every third rule's invalid fixture.
const trees: { name: string; dir: string }[] = [{ name: 'the valid fixture tree', dir: validFixture }];
fs.readdirSync(path.join(fixturesDir, 'invalid'))
  .sort()
  .filter((_, i) => i % 3 === 0)
  .forEach((f) => {
    const [first] = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'invalid', f), 'utf8')) as Case[];
    if (!first) return;
    const dir = copyTree(validFixture);
    dirs.push(dir);
    applyEdits(dir, first.edits);
    trees.push({ name: `${path.basename(f, '.json')}: ${first.name}`, dir });
  });

/** A copy of the repository's scripts, schemas and package.json, so that edits touch nothing here. */
function scratchRepository(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-compiled-'));
  dirs.push(root);
  fs.cpSync(path.join(repoRoot, 'scripts'), path.join(root, 'scripts'), { recursive: true });
  for (const f of ['package.json', 'schema']) fs.cpSync(path.join(repoRoot, f), path.join(root, f), { recursive: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return root;
}

describe('the compiled validator', () => {
  it.each(trees.map((t) => [t.name, t.dir]))('reports what the TypeScript validator reports: %s', async (_, dir) => {
    const expected = await fromSources(dir);
    for (const threads of ['1', '2']) {
      const got = runCompiled(repoRoot, ['--data', dir, '--format', 'json', '--threads', threads]);
      expect(got.stderr).not.toMatch(/\n\s+at /); // no stack trace
      expect({ status: got.status, stdout: got.stdout }).toEqual({ status: expected.status, stdout: expected.stdout });
    }
  }, 60_000);

  it('compiles an edited script again before running it, and marks compiled files as generated', () => {
    const root = scratchRepository();
    const tree = copyTree(validFixture);
    dirs.push(tree);
    // An error the id-matches-file rule reports: a record whose file is renamed.
    const articles = path.join(tree, 'articles');
    const first = fs.readdirSync(articles).filter((f) => f.endsWith('.json')).sort()[0]!;
    fs.renameSync(path.join(articles, first), path.join(articles, 'renamed-record.json'));
    const before = runCompiled(root, ['--data', tree, '--format', 'json']);
    expect(before.status, before.stderr).toBe(1);
    const rule = path.join(root, 'scripts', 'validate', 'rules', 'id-matches-file.ts');
    const message = (JSON.parse(before.stdout) as { rule: string; message: string }[]).find((p) => p.rule === 'id-matches-file')!.message;
    const source = fs.readFileSync(rule, 'utf8');
    const word = source.match(/message: `([a-z]+)/)![1]!;
    // The unedited scripts are taken from the tree compiled before, not compiled again: a mark
    // put in that tree's copy of one of them shows up in the new tree.
    const cache = path.join(root, '.cache', 'scripts');
    const trees = () => fs.readdirSync(cache).filter((d) => !d.startsWith('.'));
    const [old] = trees();
    fs.appendFileSync(path.join(cache, old!, 'validate', 'validate.js'), '\n// kept from the tree before\n');
    fs.writeFileSync(rule, source.replace(`message: \`${word}`, `message: \`EDITED ${word}`));
    const after = runCompiled(root, ['--data', tree, '--format', 'json']);
    const edited = (JSON.parse(after.stdout) as { rule: string; message: string }[]).find((p) => p.rule === 'id-matches-file')!.message;
    expect(edited).toBe(`EDITED ${message}`);
    const fresh = trees().find((d) => d !== old)!;
    expect(fs.readFileSync(path.join(cache, fresh, 'validate', 'validate.js'), 'utf8')).toContain('// kept from the tree before');
    expect(fs.readFileSync(path.join(cache, fresh, 'validate', 'rules', 'id-matches-file.js'), 'utf8')).toContain('EDITED');
    // Every compiled script says it is generated and where from.
    const compiled = trees().map((d) => path.join(cache, d, 'validate', 'validate.js'));
    expect(compiled.length).toBeGreaterThan(0);
    for (const f of compiled) expect(fs.readFileSync(f, 'utf8')).toMatch(/^\/\/ DO NOT EDIT: compiled from scripts\/validate\/validate\.ts/);
  }, 60_000);

  it('runs the TypeScript sources, and says so, when the compiled copy cannot be written', async () => {
    const root = scratchRepository();
    fs.writeFileSync(path.join(root, '.cache'), 'a file where the cache folder would go');
    const expected = await fromSources(validFixture);
    const got = runCompiled(root, ['--data', validFixture, '--format', 'json']);
    expect(got.stderr).toContain('note: could not write the compiled scripts');
    expect(got.stderr).not.toMatch(/\n\s+at /);
    expect({ status: got.status, stdout: got.stdout }).toEqual({ status: expected.status, stdout: expected.stdout });
  }, 60_000);

  it('explains its usage when it is not given a TypeScript script', () => {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'shared', 'run-compiled.mjs')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: node scripts/shared/run-compiled.mjs');
  });
});
