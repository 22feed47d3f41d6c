// The GitHub workflows call only scripts that exist, and the pull-request workflow does
// what CONTRIBUTING.md promises: changed records first, annotations, the full summary.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/lib/paths.ts';

const dir = path.join(repoRoot, '.github', 'workflows');
const scripts = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;

interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<string, { steps: { run?: string; uses?: string }[] }>;
}

const workflows = fs.readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => [f, parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Workflow] as const);
const runs = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps.map((s) => s.run ?? '')).filter(Boolean);

describe.each(workflows)('.github/workflows/%s', (_, workflow) => {
  it('calls only npm scripts that package.json defines', () => {
    const called = runs(workflow).flatMap((r) => [...r.matchAll(/npm (?:run ([\w:-]+)|(test))\b/g)].map((m) => m[1] ?? m[2]!));
    expect(called.length).toBeGreaterThan(0);
    for (const name of called) expect(scripts[name], `npm script "${name}"`).toBeDefined();
  });

  it('installs with npm ci', () => {
    expect(runs(workflow)).toContain('npm ci');
  });
});

describe('the pull-request workflow', () => {
  const validate = Object.fromEntries(workflows)['validate.yml']!;

  it('runs on pull requests and validates the changed records with annotations and the full summary', () => {
    expect(validate.on).toHaveProperty('pull_request');
    const step = runs(validate).find((r) => r.includes('--changed'));
    expect(step).toMatch(/--format github/);
    expect(step).toMatch(/--summary "\$GITHUB_STEP_SUMMARY"/);
    expect(runs(validate)).toContain('npm test');
  });

  it('has a pull-request template with the contributor checklist', () => {
    const template = fs.readFileSync(path.join(repoRoot, '.github', 'pull_request_template.md'), 'utf8');
    expect(template).toContain('npm run fix');
    expect(template.match(/- \[ \]/g)!.length).toBeGreaterThanOrEqual(5);
  });
});
