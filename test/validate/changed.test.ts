// `validate --changed` checks only what changed since a git base, plus the records that
// use a changed entity; tested on a temporary git repository.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScript, validFixture } from '../helpers.ts';

let repo: string;
let data: string;
const git = (...args: string[]) => {
  const r = spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', ...args], { cwd: repo, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
};
const validateChanged = (...base: string[]) => runScript('validate/validate.ts', ['--data', data, '--changed', ...base, '--format', 'json']);

beforeAll(() => {
  repo = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-git-'));
  data = path.join(repo, 'data');
  fs.cpSync(validFixture, data, { recursive: true });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('commit', '-q', '-m', 'fixture');
});

afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));

describe('npm run validate -- --changed', () => {
  it('checks nothing when nothing changed', () => {
    const r = validateChanged('HEAD');
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('checking 0 file(s) changed since HEAD');
  });

  it('checks a changed record, and reports its error', () => {
    const rec = path.join(data, 'articles', '2020-01-fixture-deal.json');
    const original = fs.readFileSync(rec, 'utf8');
    fs.writeFileSync(rec, original.replace('"exact": "Jane Roe"', '"exact": "Jane Doe"'));
    const r = validateChanged('HEAD');
    expect(r.stderr).toContain('checking 1 file(s) changed since HEAD');
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([expect.objectContaining({ rule: 'selector-anchoring' })]);
    fs.writeFileSync(rec, original);
  });

  it('checks the records that use a changed entity, against a committed base', () => {
    const ent = path.join(data, 'entities', 'jane-roe.json');
    fs.writeFileSync(ent, fs.readFileSync(ent, 'utf8').replace('"kind": "person"', '"kind": "human"'));
    git('commit', '-q', '-am', 'break an entity');
    const r = validateChanged('HEAD~1');
    const users = fs.readdirSync(path.join(data, 'articles')).filter((f) => fs.readFileSync(path.join(data, 'articles', f), 'utf8').includes('"entity": "jane-roe"'));
    expect(users.length).toBeGreaterThan(0);
    expect(r.stderr).toContain(`checking ${1 + users.length} file(s) changed since HEAD~1 (with the records that use jane-roe)`);
    const problems = JSON.parse(r.stdout) as { file: string; rule: string }[];
    expect(problems.some((p) => p.file.endsWith('jane-roe.json') && p.rule === 'schema')).toBe(true);
    expect(validateChanged('HEAD').stderr).toContain('checking 0 file(s)');
  });

  it('rejects a base that is not a commit', () => {
    const r = validateChanged('no-such-branch');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"no-such-branch" is not a commit');
  });
});
