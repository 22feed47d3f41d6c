// Test helpers: temporary copies of fixture trees with edits applied, and runners for
// single rules and for the validator's command line.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { loadCorpus } from '../scripts/validate/corpus.ts';
import { loadRules, runRules } from '../scripts/validate/run-rules.ts';
import { Canonicalizer } from '../scripts/validate/canonical.ts';
import { fromPointer, type Problem } from '../scripts/shared/problems.ts';
import { repoRoot } from '../scripts/shared/paths.ts';

export const fixturesDir = path.join(repoRoot, 'test', 'fixtures');
export const validFixture = path.join(fixturesDir, 'valid');

/** One edit of a fixture tree: a JSON Patch-like operation, a text replacement, or a new file. */
export type Edit =
  | { file: string; op: 'replace' | 'add'; path: string; value: unknown; raw?: boolean }
  | { file: string; op: 'delete' }
  | { file: string; op: 'symlink'; target: string }
  | { file: string; op: 'bytes'; hex: string; at: 'start' | 'end' }
  | { file: string; op: 'big'; bytes: number }
  | { file: string; op: 'remove'; path: string }
  | { file: string; op: 'text'; find: string; replace: string }
  | { file: string; op: 'write'; value: unknown };

export interface Expectation {
  /** File relative to the tree, as in the edits. */
  file: string;
  pointer?: string;
  severity?: 'error' | 'warning';
  includes: string;
}

export interface Case {
  name: string;
  edits: Edit[];
  expect: Expectation[];
}

/** A fresh copy of a tree in a temporary folder. */
export function copyTree(from: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'htn-'));
  fs.cpSync(from, dir, { recursive: true });
  return dir;
}

function setAt(doc: unknown, pointer: string, op: 'replace' | 'add' | 'remove', value?: unknown): void {
  const segs = fromPointer(pointer);
  const last = segs.pop()!;
  let parent = doc as Record<string | number, unknown>;
  for (const s of segs) parent = parent[s] as Record<string | number, unknown>;
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (op === 'remove') parent.splice(i, 1);
    else if (op === 'add') parent.splice(i, 0, value);
    else parent[i] = value;
  } else if (op === 'remove') delete parent[last];
  else parent[last] = value;
}

/** Applies edits to a tree; JSON edits are written back in canonical form. */
export function applyEdits(dir: string, edits: Edit[]): void {
  const canonicalizer = new Canonicalizer();
  for (const edit of edits) {
    const file = path.join(dir, edit.file);
    const kind = edit.file.startsWith('articles/') ? 'article' : 'entity';
    if (edit.op === 'delete') {
      fs.rmSync(file);
    } else if (edit.op === 'bytes') {
      const old = fs.readFileSync(file);
      const add = Buffer.from(edit.hex, 'hex');
      fs.writeFileSync(file, edit.at === 'start' ? Buffer.concat([add, old]) : Buffer.concat([old, add]));
    } else if (edit.op === 'big') {
      // A syntactically valid JSON file of the given size: one long string.
      const buf = Buffer.alloc(edit.bytes, 0x61);
      buf.write('{"id": "', 0);
      buf.write('"}\n', edit.bytes - 3);
      fs.writeFileSync(file, buf);
    } else if (edit.op === 'symlink') {
      // The target is relative to the tree's parent folder, so it lies outside the tree.
      fs.rmSync(file, { recursive: true, force: true });
      fs.symlinkSync(path.resolve(dir, '..', edit.target), file);
    } else if (edit.op === 'write') {
      fs.writeFileSync(file, typeof edit.value === 'string' ? edit.value : canonicalizer.text(edit.value, kind));
    } else if (edit.op === 'text') {
      const text = fs.readFileSync(file, 'utf8');
      if (!text.includes(edit.find)) throw new Error(`fixture edit: "${edit.find}" not in ${edit.file}`);
      fs.writeFileSync(file, text.replace(edit.find, edit.replace));
    } else {
      const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
      setAt(doc, edit.path, edit.op, 'value' in edit ? edit.value : undefined);
      // `raw` keeps the edited order, to make files that are valid but not canonical.
      const raw = 'raw' in edit && edit.raw;
      fs.writeFileSync(file, raw ? JSON.stringify(doc, null, 2) + '\n' : canonicalizer.text(doc, kind));
    }
  }
}

/** Problems one rule finds in a tree. */
export async function runRule(name: string, dir: string): Promise<Problem[]> {
  const rule = (await loadRules()).find((r) => r.name === name);
  if (!rule) throw new Error(`no rule named ${name}`);
  return runRules(loadCorpus(dir), [rule]);
}

/** Problem file paths relative to the tree, for comparison with expectations. */
export function relativeTo(dir: string, problems: Problem[]): Problem[] {
  return problems.map((p) => ({ ...p, file: path.relative(dir, path.resolve(repoRoot, p.file)).split(path.sep).join('/') }));
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * The node arguments that run a script of scripts/ as its npm command runs it: from its
 * compiled copy (run-compiled.mjs) or under the TypeScript loader, as package.json says, so
 * that a test runs what a user's `npm run` runs. A script without a command gets the loader.
 */
let npmScripts: Record<string, string> | undefined;
export function scriptCommand(script: string): string[] {
  const scripts = (npmScripts ??= (JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);
  const file = path.join(repoRoot, 'scripts', script);
  const command = Object.values(scripts).find((c) => c.startsWith('node ') && c.split(' ').at(-1) === `scripts/${script}`);
  const nodeArgs = command ? command.split(' ').slice(1, -1).map((a) => (a.startsWith('scripts/') ? path.join(repoRoot, a) : a)) : ['--import', 'tsx'];
  return [...nodeArgs, file];
}

/** Runs a script of scripts/ as its npm command runs it (see scriptCommand), and captures its output. */
export function runScript(script: string, args: string[], cwd = repoRoot): CliResult {
  const r = spawnSync(process.execPath, [...scriptCommand(script), ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs a command without blocking, so that several run side by side, and captures its output. */
export function runAsync(cmd: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { cwd: options.cwd ?? repoRoot, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export interface AxeViolation {
  id: string;
  impact: string;
  nodes: { target: string[] }[];
}

let axeSource: string | undefined;

/** Runs every axe-core rule on a page; only violations have their nodes worked out (axe's advice for speed). */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate((axeSource ??= fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')));
  const result = (await page.evaluate(() => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<unknown> } }).axe.run(document, { resultTypes: ['violations'] }))) as { violations: AxeViolation[] };
  return result.violations;
}
