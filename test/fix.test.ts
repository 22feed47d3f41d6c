// `npm run fix` writes canonical form and re-anchors a selector whose exact occurs once.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyEdits, copyTree, runScript, validFixture } from './helpers.ts';
import { reanchor } from '../scripts/lib/fix-record.ts';
import { SourceText } from '../scripts/api/text.cts';

const RECORD = 'articles/2020-01-fixture-deal.json';

describe('npm run fix', () => {
  it('rewrites a valid but non-canonical file into canonical form, and then changes nothing', () => {
    const dir = copyTree(validFixture);
    const canonical = fs.readFileSync(path.join(dir, RECORD), 'utf8');
    applyEdits(dir, [{ file: RECORD, op: 'replace', raw: true, path: '/entities/0/mentions', value: JSON.parse(canonical).entities[0].mentions.reverse() }]);
    expect(fs.readFileSync(path.join(dir, RECORD), 'utf8')).not.toBe(canonical);
    const first = runScript('fix.ts', ['--data', dir]);
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('fixed: rewritten in canonical form');
    expect(fs.readFileSync(path.join(dir, RECORD), 'utf8')).toBe(canonical);
    const second = runScript('fix.ts', ['--data', dir]);
    expect(second.stdout).not.toContain('rewritten');
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('re-anchors a shifted selector whose exact occurs once, and refuses an ambiguous one', () => {
    const text = new SourceText('Acme 🚀 said Jane Roe said');
    const record = { a: { start: 0, end: 8, exact: 'Jane Roe' }, b: { start: 0, end: 4, exact: 'said' }, c: { start: 0, end: 4, exact: 'Acme' } };
    const notes = reanchor(record, text);
    expect(record.a).toEqual({ start: 12, end: 20, exact: 'Jane Roe' });
    expect(record.b).toEqual({ start: 0, end: 4, exact: 'said' });
    expect(record.c).toEqual({ start: 0, end: 4, exact: 'Acme' });
    expect(notes).toEqual({ changes: ['/a: re-anchored to [12, 20)'], unfixed: ['/b: "said" occurs more than once; set its offsets by hand'] });
  });
});
