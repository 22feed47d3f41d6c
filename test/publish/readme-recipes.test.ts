// Every recipe the README gives for the tables runs and answers: each DuckDB statement
// against dist/exports/, and the pandas lines from CSV (no Parquet engine needed) where
// Python with pandas is installed (CI installs Debian's python3-pandas).
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { repoRoot } from '../../scripts/shared/paths.ts';

const exportsDir = path.join(repoRoot, 'dist', 'exports');
const readme = fs.readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
const section = readme.slice(readme.indexOf('### Tables for pandas, R and DuckDB'), readme.indexOf('## The review viewer'));
const blocks = (lang: string) => [...section.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]!);
// A file named by its bare name in a recipe is read from dist/exports/.
const located = (sql: string) => sql.replace(/'([a-z_]+\.(?:parquet|csv))'/g, (_, f: string) => `'${path.join(exportsDir, f)}'`);
const statements = blocks('sql').flatMap((b) => b.split(/;\s*\n/)).map((s) => s.split('\n').filter((l) => !l.trim().startsWith('--')).join('\n').trim().replace(/;$/, '')).filter(Boolean);

let instance: DuckDBInstance;
let db: DuckDBConnection;
beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});
afterAll(() => {
  db?.closeSync();
  instance?.closeSync();
});

describe('the README recipes', () => {
  it('give DuckDB statements to run', () => {
    expect(statements.length).toBeGreaterThan(3);
  });

  it.each(statements.map((s) => [s.split('\n')[0]!, s]))('DuckDB runs %s, and it answers', async (_, sql) => {
    const rows = (await db.runAndReadAll(located(sql))).getRows();
    expect(rows.length).toBeGreaterThan(0);
  });

  // The first Python on PATH may be another than Debian's, which has the apt package.
  const python = ['python3', '/usr/bin/python3'].find((p) => spawnSync(p, ['-c', 'import pandas'], { encoding: 'utf8' }).status === 0);
  it.skipIf(!python)('pandas reads the CSV as the README says, keeping codes as text (skipped without python3-pandas)', () => {
    const [recipe] = blocks('python');
    const check = '\nassert codebook["cameo"].dropna().str.startswith("0").any(), "cameo lost its leading zeros"\nassert isinstance(quotes["about"].iloc[0], list)\nprint("ok", len(events))\n';
    const r = spawnSync(python!, ['-c', recipe! + check], { cwd: exportsDir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ok \d+/);
  });
});
