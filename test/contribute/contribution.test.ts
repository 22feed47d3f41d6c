// A contributor's pull request, end to end: a new article (its text, a record written with
// selectors that give only their text, a quotation over two paragraphs, and a new entity)
// is copied into a scratch copy of the repository; then the contributor's one command,
// `npm run fix`, and what CI runs on data: validate, build, and the package's own tests.
// No test or fixture may need editing for a new article, so nothing here is edited either.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { fixturesDir } from '../helpers.ts';

const contribution = path.join(fixturesDir, 'contribution');
const record = JSON.parse(fs.readFileSync(path.join(contribution, 'record.json'), 'utf8')) as { id: string };
const SKIP = new Set(['node_modules', 'dist', '.git', '.cache']);
let scratch: string;

const run = (cmd: string, args: string[]) => {
  const r = spawnSync(cmd, args, { cwd: scratch, encoding: 'utf8' });
  return { status: r.status, out: stripVTControlCharacters(`${r.stdout}\n${r.stderr}`) };
};

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-contribution-'));
  fs.cpSync(repoRoot, scratch, { recursive: true, preserveTimestamps: true, filter: (src) => !SKIP.has(path.relative(repoRoot, src).split(path.sep)[0]!) });
  // The compiled scripts too, with their times, so that the copy's commands find them current
  // (run-compiled.mjs keys them by each script's size and time) instead of compiling again.
  const compiled = path.join(repoRoot, '.cache', 'scripts');
  if (fs.existsSync(compiled)) fs.cpSync(compiled, path.join(scratch, '.cache', 'scripts'), { recursive: true, preserveTimestamps: true });
  fs.symlinkSync(path.join(repoRoot, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
  // What the pull request adds: the text byte for byte, the record and the new entity.
  const data = path.join(scratch, 'data');
  fs.copyFileSync(path.join(contribution, 'article.txt'), path.join(data, 'sources', `${record.id}.txt`));
  fs.copyFileSync(path.join(contribution, 'record.json'), path.join(data, 'articles', `${record.id}.json`));
  for (const f of fs.readdirSync(path.join(contribution, 'entities'))) fs.copyFileSync(path.join(contribution, 'entities', f), path.join(data, 'entities', f));
});

afterAll(() => {
  if (scratch) fs.rmSync(scratch, { recursive: true, force: true });
});

describe('a new article in a pull request', () => {
  it('is not valid before `npm run fix`: its selectors have no offsets yet', () => {
    const r = run('npm', ['run', 'validate']);
    expect(r.status).toBe(1);
    expect(r.out).toContain('this selector has no offsets yet; run `npm run fix`');
  });

  it('`npm run fix` places every selector, regenerates the overview and leaves nothing for a person', () => {
    const overview = path.join(scratch, 'data', 'README.md');
    const row = `| \`${record.id}\` |`;
    const listedBefore = fs.readFileSync(overview, 'utf8').includes(row);
    const r = run('npm', ['run', 'fix']);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('left for a person, as npm run validate reports: 0 error(s)');
    if (!listedBefore) expect(r.out).toContain('data/README.md: regenerated from the records');
    expect(fs.readFileSync(overview, 'utf8')).toContain(row);
  });

  it('then passes `npm run validate` and `npm run build`', () => {
    const validate = run('npm', ['run', 'validate']);
    expect(validate.status, validate.out).toBe(0);
    const build = run('npm', ['run', 'build']);
    expect(build.status, build.out).toBe(0);
  });

  it("then passes the package's tests (packed files, publint, attw, a consumer install), the overview, data and API tests, unedited", () => {
    const vitest = path.join(scratch, 'node_modules', 'vitest', 'vitest.mjs');
    const r = run(process.execPath, [vitest, 'run', 'test/publish/package.test.ts', 'test/publish/overview.test.ts', 'test/data.test.ts', 'test/api/api.test.ts']);
    expect(r.status, r.out.slice(-4000)).toBe(0);
    expect(r.out).toMatch(/Tests\s+\d+ passed/);
  }, 300_000);
});
