// A smoke test of the benchmark: it builds a tiny synthetic corpus that validates, runs
// every step and reports a table and JSON. No timing is asserted here; the figures come
// from `npm run bench` on the full corpus.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeSyntheticCorpus } from '../../scripts/bench/synthetic-corpus.ts';
import { loadCorpus } from '../../scripts/validate/corpus.ts';
import { loadRules, runRules } from '../../scripts/validate/run-rules.ts';
import { runScript } from '../helpers.ts';
import { formatResult, testTimes, type BenchResult } from '../../scripts/bench/bench.ts';
import { LOADING } from '../../scripts/validate/check-share.ts';
import { defaultDataDir, repoRoot } from '../../scripts/shared/paths.ts';
import { spawnSync } from 'node:child_process';

describe('npm run bench', () => {
  it('makes a synthetic corpus that is valid and shaped like the real records', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-syn-'));
    // One more than the real records, so that the last copies the first of them again.
    const templates = fs.readdirSync(path.join(defaultDataDir, 'articles')).filter((f) => f.endsWith('.json')).length;
    const made = makeSyntheticCorpus(dir, templates + 1);
    const corpus = loadCorpus(dir);
    expect(corpus.articles).toHaveLength(templates + 1);
    expect(runRules(corpus, await loadRules()).filter((p) => p.severity === 'error')).toEqual([]);
    // The copy of the first template has the same counts of everything, and its own text.
    const [a, f] = [corpus.articles[0]!.record!, corpus.articles[templates]!.record!];
    expect([f.entities.length, f.events.length, f.quotes.length]).toEqual([a.entities.length, a.events.length, a.quotes.length]);
    expect(f.source.sha256).not.toBe(a.source.sha256);
    expect(made.bytes).toBeGreaterThan(0);
    // The lower-bound step checks every record and entity against the schema, on two threads too.
    for (const threads of ['1', '2']) {
      const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'bench', 'floor-with-schema.cjs'), dir, threads], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr.trim()).toBe(`${corpus.articles.length + corpus.entities.length} valid file(s)`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs every step and reports the table and the JSON', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'htn-bench-out-')), 'bench.json');
    const r = runScript('bench/bench.ts', ['--articles', '5', '--runs', '1', '--json', out]);
    expect(r.status, r.stderr).toBe(0);
    for (const step of ['floor: read + JSON.parse + sha256', 'floor + schema check, on 1 thread(s)', 'validate (every invariant)', 'ajv-cli (schema only)', 'validate --changed (one record)', 'require(package)']) {
      expect(r.stdout).toContain(`| ${step} |`);
    }
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { rows: { ratio: number; minMs: number; medianMs: number; maxMs: number }[]; targets: { met: boolean }[]; rules: { rule: string; ms: number }[] };
    expect(result.rows).toHaveLength(7);
    expect(result.targets).toHaveLength(5);
    expect(result.rows.every((x) => x.ratio > 0 && x.minMs <= x.medianMs && x.medianMs <= x.maxMs)).toBe(true);
    // The time by rule names every rule module and the loading.
    const rules = fs.readdirSync(path.join(repoRoot, 'scripts', 'validate', 'rules')).map((f) => path.basename(f, '.ts'));
    expect(result.rules.map((x) => x.rule).sort()).toEqual([...rules, LOADING].sort());
    expect(r.stdout).toContain('| where validate spends its time');
    // --tests adds npm test's time and its five slowest files, read from vitest's report.
    const file = (name: string, seconds: number) => ({ name: path.join(repoRoot, 'test', name), startTime: 1000, endTime: 1000 + seconds * 1000, assertionResults: [{}, {}] });
    const report = { numPassedTests: 12, numFailedTests: 0, testResults: ['a', 'b', 'c', 'd', 'e', 'f'].map((n, i) => file(`${n}.test.ts`, i + 1)) };
    const tests = testTimes(report, 90);
    expect(tests.slowest.map((f) => f.file)).toEqual(['f', 'e', 'd', 'c', 'b'].map((n) => path.join('test', `${n}.test.ts`)));
    const table = formatResult({ ...(result as unknown as BenchResult), tests });
    expect(table).toContain('`npm test`: 90 s wall, 12 passed, 0 failed');
    expect(table).toContain(`| ${path.join('test', 'f.test.ts')} | 2 | 6.0 s |`);
  }, 120_000);

  it('measures the workbench on the largest record: opening, checking and saving a change', () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'htn-bench-annotate-')), 'bench.json');
    const r = runScript('bench/bench-annotate.ts', ['--runs', '1', '--json', out]);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(fs.readFileSync(out, 'utf8')) as { rows: { step: string; ms: number }[] };
    expect(result.rows.map((x) => x.step.split(' (')[0])).toEqual(['open the article', 'check one change', 'save one change']);
    for (const row of result.rows) expect(row.ms).toBeGreaterThan(0);
  }, 60_000);
});
