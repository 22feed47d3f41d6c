// `npm run migrate` on a snapshot of the records and entities as they were under record
// model 1 (test/fixtures/model-1): it fills in what can be derived, and what it reports as
// left for a person is exactly what the schema then still asks for.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturesDir, runScript } from '../helpers.ts';

const snapshot = path.join(fixturesDir, 'model-1');

describe('npm run migrate', () => {
  it('upgrades model-1 records and entities, derives what it can, and lists exactly what a person must add', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-migrate-'));
    fs.cpSync(snapshot, dir, { recursive: true });
    const r = runScript('contribute/migrate.ts', ['--data', dir]);
    expect(r.status, r.stderr).toBe(1);
    const todo = r.stdout.split('\n').filter((l) => l.includes(': to do: ')).map((l) => {
      const [file, rest] = l.split(': to do: ') as [string, string];
      return { file: path.relative(dir, file), pointer: rest.split(': ')[0]! };
    });

    const articles = fs.readdirSync(path.join(dir, 'articles'));
    for (const f of articles) {
      const before = JSON.parse(fs.readFileSync(path.join(snapshot, 'articles', f), 'utf8'));
      const after = JSON.parse(fs.readFileSync(path.join(dir, 'articles', f), 'utf8'));
      expect(after.citations).toEqual([]);
      // Nothing the record said is lost or changed, apart from the forms added to mentions.
      const strip = (rec: { citations?: unknown; entities: { mentions: { form?: string }[] }[] }) => {
        const { citations: _c, ...rest } = structuredClone(rec);
        for (const e of rest.entities) for (const m of e.mentions) delete m.form;
        return rest;
      };
      expect(strip(after)).toEqual(strip(before));
      // A model-1 address has no basis yet: it is reported, never invented.
      if (before.source.url) expect(todo).toContainEqual({ file: `articles/${f}`, pointer: '/source/url' });
    }

    // What the schema still asks for is what migrate reported, and nothing else.
    const validate = runScript('validate/validate.ts', ['--data', dir, '--format', 'json']);
    const schemaErrors = (JSON.parse(validate.stdout) as { file: string; pointer: string; rule: string; severity: string }[]).filter((p) => p.rule === 'schema' && p.severity === 'error');
    expect(schemaErrors.length).toBeGreaterThan(0);
    for (const e of schemaErrors) {
      const file = path.relative(dir, e.file);
      const covered = todo.some((t) => t.file === file && (t.pointer === e.pointer || t.pointer.startsWith(e.pointer + '/') || e.pointer.startsWith(t.pointer + '/')));
      expect(covered, `${file} ${e.pointer}`).toBe(true);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('leaves a model-2 tree as it is', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-migrate-'));
    fs.cpSync(path.join(fixturesDir, 'valid'), dir, { recursive: true });
    const r = runScript('contribute/migrate.ts', ['--data', dir]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stderr).toContain('0 file(s) migrated');
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
