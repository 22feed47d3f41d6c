// The GitHub workflows call only scripts that exist, and the pull-request workflow does
// what CONTRIBUTING.md promises: changed records first, annotations, the full summary.
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared/paths.ts';

const dir = path.join(repoRoot, '.github', 'workflows');
const scripts = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')).scripts as Record<string, string>;

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { permissions?: Record<string, string>; steps: { run?: string; uses?: string; with?: Record<string, unknown> }[] }>;
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

  const text = fs.readFileSync(path.join(dir, _), 'utf8');
  const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

  it('pins every third-party action by its full commit SHA, with the version in a comment', () => {
    const uses = [...text.matchAll(/uses: (\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, ref, rest] of uses) {
      expect(ref, ref).toMatch(/^[\w.-]+\/[\w.-]+@[0-9a-f]{40}$/);
      expect(rest, ref).toMatch(/# v\d+\.\d+\.\d+$/);
    }
  });

  it('checks out without persisting the token', () => {
    const checkouts = steps.filter((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    for (const s of checkouts) expect(s.with?.['persist-credentials']).toBe(false);
  });

  it('never expands an expression inside a run script (values reach it through env)', () => {
    for (const run of runs(workflow)) expect(run, run).not.toContain('${{');
  });

  it('grants each job only the permissions it needs: read-only by default', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of Object.entries(workflow.jobs)) {
      expect(job.permissions, name).toBeDefined();
      for (const [scope, level] of Object.entries(job.permissions!)) if (level === 'write') expect(['id-token', 'pages'], `${name}: ${scope}`).toContain(scope);
    }
  });
});

describe('the release workflow', () => {
  const release = fs.readFileSync(path.join(dir, 'release.yml'), 'utf8');

  it("sets the package's repository, homepage and issue links from the repository it is built from, at release time", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
    for (const field of ['repository', 'homepage', 'bugs']) expect(pkg[field], `${field} is set at release, never invented in the repository`).toBeUndefined();
    const sets = release.split('\n').filter((l) => l.includes('npm pkg set')).join(' ');
    for (const field of ['repository.url=git+$GITHUB_SERVER_URL/$GITHUB_REPOSITORY', 'homepage=$GITHUB_SERVER_URL/$GITHUB_REPOSITORY', 'bugs.url=$GITHUB_SERVER_URL/$GITHUB_REPOSITORY']) expect(sets).toContain(field);
    expect(release.indexOf('npm pkg set')).toBeLessThan(release.indexOf('npm publish'));
  });

  it('builds before packing, so that a tarball never lacks dist/', () => {
    expect(scripts.prepack).toBe('npm run build');
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
