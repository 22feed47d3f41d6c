// `npm run new` adds a text byte for byte and a draft whose validation lists exactly the
// open items: one per pair (or lone mark) of quotation marks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { copyTree, runScript, validFixture } from '../helpers.ts';

const TEXT = 'Acme “quoted” and "straight" words.\n“An unclosed quote, and « guillemets ».\n';

describe('npm run new', () => {
  it('writes a draft whose validation reports exactly its open items', () => {
    const dir = copyTree(validFixture);
    const input = path.join(os.tmpdir(), `new-${process.pid}.txt`);
    fs.writeFileSync(input, TEXT);
    const made = runScript('contribute/new-article.ts', [input, '--id', '2026-new-draft', '--data', dir]);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('4 pair(s) of quotation marks');
    expect(made.stdout).toContain('Next steps');

    const source = fs.readFileSync(path.join(dir, 'sources', '2026-new-draft.txt'));
    expect(source.equals(Buffer.from(TEXT))).toBe(true);
    const record = JSON.parse(fs.readFileSync(path.join(dir, 'articles', '2026-new-draft.json'), 'utf8'));
    expect(record.source.sha256).toBe(createHash('sha256').update(source).digest('hex'));
    expect(record.review.status).toBe('draft');
    expect(record.quoteMarks.unclassified.map((s: { exact: string }) => s.exact)).toEqual(['“quoted”', '"straight"', '“', '« guillemets »']);

    const r = runScript('validate/validate.ts', ['--data', dir, '--format', 'json', path.join(dir, 'articles', '2026-new-draft.json')]);
    const problems = JSON.parse(r.stdout) as { severity: string; pointer: string; message: string }[];
    expect(problems.map((p) => p.pointer)).toEqual([0, 1, 2, 3].map((i) => `/quoteMarks/unclassified/${i}`));
    expect(problems.every((p) => p.severity === 'error' && p.message.startsWith('open item: classify'))).toBe(true);
    expect(r.status).toBe(1);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses to overwrite an article, and a text that is not UTF-8', () => {
    const dir = copyTree(validFixture);
    const existing = runScript('contribute/new-article.ts', [path.join(dir, 'sources', '2020-01-fixture-deal.txt'), '--id', '2020-01-fixture-deal', '--data', dir]);
    expect(existing.status).toBe(2);
    expect(existing.stderr).toContain('already exists');
    const latin1 = path.join(os.tmpdir(), `latin1-${process.pid}.txt`);
    fs.writeFileSync(latin1, Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const bad = runScript('contribute/new-article.ts', [latin1, '--data', dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not valid UTF-8');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
