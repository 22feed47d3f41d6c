// `npm run annotate` starts right: --help says how, a new article's id comes from --id and
// is checked against the convention before anything is written, and a good one is started
// and served.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { articleIdProblem } from '../../scripts/contribute/new-article.ts';
import { copyTree, runScript, validFixture } from '../helpers.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A data tree and an article text outside it, named as a downloaded file might be. */
function setUp(): { data: string; text: string } {
  const data = copyTree(validFixture);
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-text-'));
  dirs.push(data, outside);
  const text = path.join(outside, 'article.txt');
  fs.writeFileSync(text, 'Acme Phones stops Huawei sales.\n');
  return { data, text };
}

const files = (dir: string) => (fs.readdirSync(dir, { recursive: true }) as string[]).sort();

describe('npm run annotate', () => {
  it('--help prints what it does and its options, and starts nothing', () => {
    const r = runScript('contribute/annotate.ts', ['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('usage: npm run annotate --');
    expect(r.stdout).toContain('--id <id>');
  });

  it("refuses an id taken from a file name that breaks the convention, writing nothing, and says to use --id", () => {
    const { data, text } = setUp();
    const before = files(data);
    const r = runScript('contribute/annotate.ts', ['--data', data, '--port', '0', text]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('"article" does not start with the publication date');
    expect(r.stderr).toContain('name the new article with --id');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(files(data)).toEqual(before);
  });

  it('refuses a bad --id before writing, and --id without a text', () => {
    const { data, text } = setUp();
    const before = files(data);
    expect(runScript('contribute/annotate.ts', ['--data', data, '--port', '0', text, '--id', 'acme-stops-huawei-sales']).status).toBe(2);
    expect(runScript('contribute/annotate.ts', ['--data', data, '--port', '0', '--id', '2026-01-05-acme']).status).toBe(2);
    expect(files(data)).toEqual(before);
  });

  it('starts the article named by --id and serves the workbench at it', async () => {
    const { data, text } = setUp();
    const id = '2026-01-05-acme-stops-huawei-sales';
    const child = spawn(path.join(repoRoot, 'node_modules', '.bin', 'tsx'), [path.join(repoRoot, 'scripts', 'contribute', 'annotate.ts'), '--data', data, '--port', '0', text, '--id', id], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (out.includes('the workbench is at')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`annotate stopped with ${code}: ${out}`)));
    });
    child.kill('SIGINT');
    expect(out).toContain(`#/article/${id}`);
    expect(fs.existsSync(path.join(data, 'articles', `${id}.json`))).toBe(true);
    expect(fs.readFileSync(path.join(data, 'sources', `${id}.txt`), 'utf8')).toBe(fs.readFileSync(text, 'utf8'));
  });
});

describe('the id convention for a new article', () => {
  it.each(['2019-acme-deal', '2019-05-acme-deal', '2019-05-16-acme-deal'])('accepts %s', (id) => {
    expect(articleIdProblem(id)).toBeNull();
  });
  it.each(['acme-deal', '2019', '2019-13-acme', '2019-05-32-acme', 'Acme-2019'])('refuses %s', (id) => {
    expect(articleIdProblem(id)).not.toBeNull();
  });
});
