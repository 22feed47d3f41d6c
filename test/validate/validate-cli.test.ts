// The validator as a contributor runs it: exit codes, file:line:column pointing at the
// offending value, every error reported, and the three output formats.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyEdits, copyTree, runScript, validFixture } from '../helpers.ts';

// The fixture tree, not data/: these tests must not depend on which articles the corpus holds.
const RECORD = 'articles/2020-01-fixture-deal.json';
const SOURCE = 'sources/2020-01-fixture-deal.txt';
const dirs: string[] = [];

function dataCopy(): string {
  const dir = copyTree(validFixture);
  dirs.push(dir);
  return dir;
}

afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

// Files outside the repository (these temporary copies) are shown by their absolute path.

/** 1-based line and column of the first occurrence of `needle` in a file, found by plain text search. */
function positionOf(file: string, needle: string, offsetInNeedle = 0): { line: number; column: number } {
  const text = fs.readFileSync(file, 'utf8');
  const i = text.indexOf(needle);
  expect(i, `${needle} not in ${file}`).toBeGreaterThanOrEqual(0);
  const before = text.slice(0, i + offsetInNeedle);
  return { line: before.split('\n').length, column: before.length - before.lastIndexOf('\n') };
}

function errorLines(stdout: string): string[] {
  return stdout.split('\n').filter((l) => l.includes(': error: '));
}

describe('npm run validate', () => {
  it('exits 0 on the data tree and on the valid fixture', () => {
    expect(runScript('validate/validate.ts', []).status).toBe(0);
    const r = runScript('validate/validate.ts', ['--data', validFixture]);
    expect(r.stderr).toMatch(/^0 error\(s\)/m);
    expect(r.status).toBe(0);
  });

  it('exits 1 and points at source.sha256 when one character of a source text changes', () => {
    const dir = dataCopy();
    const src = path.join(dir, SOURCE);
    fs.writeFileSync(src, fs.readFileSync(src, 'utf8').replace('pleased', 'pleaseD'));
    const r = runScript('validate/validate.ts', ['--data', dir]);
    expect(r.status).toBe(1);
    const at = positionOf(path.join(dir, RECORD), '"sha256": "', 10);
    expect(errorLines(r.stdout)).toEqual([expect.stringMatching(new RegExp(`^${dir}/${RECORD}:${at.line}:${at.column}: error: .*\\(/source/sha256\\) \\[source-integrity\\]$`))]);
  });

  it("exits 1 and points at the quote's exact when one character of it changes", () => {
    const dir = dataCopy();
    const rec = path.join(dir, RECORD);
    fs.writeFileSync(rec, fs.readFileSync(rec, 'utf8').replace('"exact": "We are pleased,"', '"exact": "We are pleased!,"'));
    const r = runScript('validate/validate.ts', ['--data', dir]);
    expect(r.status).toBe(1);
    const at = positionOf(rec, '"exact": "We are pleased!,"', 9);
    const lines = errorLines(r.stdout);
    expect(lines.some((l) => l.startsWith(`${dir}/${RECORD}:${at.line}:${at.column}: error: exact "We are pleased!,`) && l.includes('[selector-anchoring]')), lines.join('\n')).toBe(true);
  });

  it('exits 1 and points at the selector when one offset changes', () => {
    const dir = dataCopy();
    const rec = path.join(dir, RECORD);
    const text = fs.readFileSync(rec, 'utf8');
    const m = /"start": (\d+),\n(\s*)"end": (\d+),\n\s*"exact": "Jane Roe"/.exec(text)!;
    fs.writeFileSync(rec, text.replace(m[0], m[0].replace(`"start": ${m[1]}`, `"start": ${Number(m[1]) + 1}`)));
    const r = runScript('validate/validate.ts', ['--data', dir]);
    expect(r.status).toBe(1);
    const at = positionOf(rec, '"exact": "Jane Roe"', 9);
    expect(errorLines(r.stdout)).toEqual([expect.stringMatching(new RegExp(`^${dir}/${RECORD}:${at.line}:${at.column}: error: exact "Jane Roe" is not the text .* \\[selector-anchoring\\]$`))]);
  });

  it('reports both of two errors in different places', () => {
    const dir = dataCopy();
    const rec = path.join(dir, RECORD);
    const text = fs.readFileSync(rec, 'utf8');
    // Two schema errors far apart in the file.
    fs.writeFileSync(rec, text.replace('"type": "sales-deal-started"', '"type": "sales-deal-start"').replace('"kind": "copyright"', '"kind": "copy-right"'));
    const schema = errorLines(runScript('validate/validate.ts', ['--data', dir]).stdout).filter((l) => l.includes('[schema]'));
    expect(schema).toEqual([expect.stringContaining('"sales-deal-start" is not an allowed value'), expect.stringContaining('"copy-right" is not an allowed value')]);
    // Two anchoring errors in different places.
    fs.writeFileSync(rec, text.replace('"exact": "Jane Roe"', '"exact": "Jane Ro"').replace('"exact": "Example News"', '"exact": "Example Néws"'));
    const anchoring = errorLines(runScript('validate/validate.ts', ['--data', dir]).stdout).filter((l) => l.includes('[selector-anchoring]'));
    expect(anchoring).toEqual([expect.stringContaining('exact "Example Néws"'), expect.stringContaining('exact "Jane Ro"')]);
  });

  it('prints GitHub annotations with --format github', () => {
    const dir = dataCopy();
    const rec = path.join(dir, RECORD);
    fs.writeFileSync(rec, fs.readFileSync(rec, 'utf8').replace('"exact": "Jane Roe"', '"exact": "Jane Ro"'));
    const r = runScript('validate/validate.ts', ['--data', dir, '--format', 'github']);
    expect(r.status).toBe(1);
    const at = positionOf(rec, '"exact": "Jane Ro"', 9);
    expect(r.stdout).toContain(`::error file=${dir}/${RECORD},line=${at.line},col=${at.column},title=selector-anchoring::exact "Jane Ro"`);
  });

  it('prints a JSON list with --format json', () => {
    const dir = dataCopy();
    const rec = path.join(dir, RECORD);
    fs.writeFileSync(rec, fs.readFileSync(rec, 'utf8').replace('"exact": "Jane Roe"', '"exact": "Jane Ro"'));
    const r = runScript('validate/validate.ts', ['--data', dir, '--format', 'json']);
    const problems = JSON.parse(r.stdout) as { rule: string; severity: string; pointer: string }[];
    expect(problems.filter((p) => p.severity === 'error')).toEqual([expect.objectContaining({ rule: 'selector-anchoring', pointer: expect.stringMatching(/^\/entities\/\d+\/mentions\/0\/exact$/) })]);
  });

  it('reports malformed JSON with its position and no stack trace', () => {
    const dir = dataCopy();
    const ent = path.join(dir, 'entities', 'acme-phones.json');
    fs.writeFileSync(ent, fs.readFileSync(ent, 'utf8').replace('"kind": "company",', '"kind": "company",,'));
    const r = runScript('validate/validate.ts', ['--data', dir]);
    expect(r.status).toBe(1);
    const at = positionOf(ent, ',,', 1);
    expect(r.stdout).toMatch(new RegExp(`^${dir}/entities/acme-phones.json:${at.line}:${at.column}: error: invalid JSON`, 'm'));
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it('reports a trailing comma as a trailing comma, at the comma', () => {
    const dir = dataCopy();
    const ent = path.join(dir, 'entities', 'acme-phones.json');
    fs.writeFileSync(ent, fs.readFileSync(ent, 'utf8').replace(/"\n}\n$/, '",\n}\n'));
    const r = runScript('validate/validate.ts', ['--data', dir]);
    expect(r.status).toBe(1);
    const at = positionOf(ent, '",\n}', 1);
    expect(errorLines(r.stdout)).toEqual([`${dir}/entities/acme-phones.json:${at.line}:${at.column}: error: invalid JSON: a trailing comma after the last item; remove this comma; correct the JSON at this position [json-syntax]`]);
  });

  it('suggests the closest existing ids for a mistyped entity id', () => {
    const dir = dataCopy();
    const rec = path.join(dir, RECORD);
    fs.writeFileSync(rec, fs.readFileSync(rec, 'utf8').replace('"entity": "jane-roe"', '"entity": "jane-ro"'));
    const lines = errorLines(runScript('validate/validate.ts', ['--data', dir]).stdout);
    expect(lines.some((l) => l.includes('entity "jane-ro" does not exist; did you mean "jane-roe"?'))).toBe(true);
  });

  it.each(['text', 'github'])('never puts a raw line break inside a message (--format %s)', (format) => {
    const dir = dataCopy();
    const rec = path.join(dir, RECORD);
    // A property name with a line break in it: the message quotes it.
    fs.writeFileSync(rec, fs.readFileSync(rec, 'utf8').replace('"language": "en"', '"language": "en",\n    "lang\\nuage": "en"'));
    const r = runScript('validate/validate.ts', ['--data', dir, '--format', format]);
    expect(r.status).toBe(1);
    const lines = r.stdout.split('\n').filter((l) => l !== '');
    const start = format === 'text' ? `${dir}/` : '::';
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.startsWith(start), l).toBe(true);
    expect(r.stdout).toContain(format === 'text' ? 'unknown property "lang\\nuage"' : 'unknown property "lang\\nuage"');
  });

  it('checks only the named files (and what they reference)', () => {
    const dir = dataCopy();
    const ent = path.join(dir, 'entities', 'acme-phones.json');
    fs.writeFileSync(ent, fs.readFileSync(ent, 'utf8').replace('"kind": "company"', '"kind": "firm"'));
    // The record uses Acme Phones, so naming the record checks it too.
    const viaRecord = runScript('validate/validate.ts', ['--data', dir, path.join(dir, RECORD)]);
    expect(viaRecord.status).toBe(1);
    expect(viaRecord.stdout).toContain('acme-phones.json');
    // Naming another entity leaves Acme Phones unchecked.
    const other = runScript('validate/validate.ts', ['--data', dir, path.join(dir, 'entities', 'united-states.json')]);
    expect(other.status).toBe(0);
  });

  it('exits 2 with the usage on a usage error', () => {
    const r = runScript('validate/validate.ts', ['--format', 'xml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('usage: npm run validate');
    expect(runScript('validate/validate.ts', ['--no-such-flag']).status).toBe(2);
    expect(runScript('validate/validate.ts', ['/etc/passwd']).status).toBe(2);
  });

  it('takes --threads as a whole number from 1 to 16, and reports the same with any', () => {
    for (const bad of ['0', '17', '1.5', 'two']) {
      const r = runScript('validate/validate.ts', ['--threads', bad]);
      expect(r.status, bad).toBe(2);
      expect(r.stderr).toContain('--threads takes a whole number from 1 to 16');
    }
    const dir = copyTree(validFixture);
    try {
      applyEdits(dir, [{ file: 'entities/example-news.json', op: 'replace', path: '/wikidata', value: 'Q0' }]);
      const one = runScript('validate/validate.ts', ['--data', dir, '--threads', '1', '--format', 'json']);
      const two = runScript('validate/validate.ts', ['--data', dir, '--threads', '2', '--format', 'json']);
      expect(one.status).toBe(1);
      expect(two.status).toBe(1);
      expect(two.stdout).toBe(one.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
