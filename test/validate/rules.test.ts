// Each rule in scripts/validate/rules/ passes the valid fixture tree and reports exactly the
// expected problems on every case of its invalid fixture (test/fixtures/invalid/<rule>.json).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../../scripts/validate/run-rules.ts';
import { repoRoot } from '../../scripts/shared/paths.ts';
import { applyEdits, copyTree, fixturesDir, relativeTo, runRule, validFixture, type Case } from '../helpers.ts';

const rules = await loadRules();

describe.each(rules.map((r) => [r.name]))('rule %s', (name) => {
  const casesFile = path.join(fixturesDir, 'invalid', `${name}.json`);

  it('has an invalid fixture with at least one case', () => {
    expect(fs.existsSync(casesFile), `add ${casesFile}`).toBe(true);
  });

  it('finds nothing in the valid fixture', async () => {
    expect(await runRule(name, validFixture)).toEqual([]);
  });

  const cases: Case[] = fs.existsSync(casesFile) ? JSON.parse(fs.readFileSync(casesFile, 'utf8')) : [];
  it.each(cases.map((c) => [c.name, c]))('reports %s', async (_, c) => {
    const dir = copyTree(validFixture);
    try {
      applyEdits(dir, c.edits);
      const problems = relativeTo(dir, await runRule(name, dir));
      const shown = problems.map((p) => `${p.file} ${p.pointer} ${p.message}`).join('\n');
      expect(problems, shown).toHaveLength(c.expect.length);
      for (const e of c.expect) {
        const match = problems.find(
          (p) => p.file === e.file && (e.pointer === undefined || p.pointer === e.pointer) && p.severity === (e.severity ?? 'error') && p.message.includes(e.includes),
        );
        expect(match, `expected ${JSON.stringify(e)} among:\n${shown}`).toBeDefined();
        // Every message says what to do: an instruction after a semicolon or colon.
        expect(match!.message).toMatch(/[;:] \S.*\S$/);
        // Problems in a record file point at a real position inside it.
        expect(match!.line).toBeGreaterThanOrEqual(1);
        expect(match!.column).toBeGreaterThanOrEqual(1);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

// The two tables a reader looks rules up in list every rule, and no rule that is gone.
describe.each([
  ['docs/checks.md', path.join(repoRoot, 'docs', 'checks.md')],
  ["CONTRIBUTING.md's table of fixes", path.join(repoRoot, 'CONTRIBUTING.md')],
])('%s', (_, file) => {
  const named = (text: string) => new Set([...text.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]!));

  it('names every rule, and no rule that does not exist', () => {
    expect([...named(fs.readFileSync(file, 'utf8'))].sort()).toEqual(rules.map((r) => r.name).sort());
  });

  it('is read as a table of rules: a row for a rule that is gone is found', () => {
    expect([...named('| rule | checks |\n|---|---|\n| `schema` | x |\n| `gone-rule` | y |\n')]).toEqual(['schema', 'gone-rule']);
  });
});
