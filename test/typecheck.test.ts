// The whole project type-checks (TypeScript in strict mode, skipLibCheck off): scripts,
// tests and the generated types. Run here, beside the other test files, rather than before
// them, so that a contributor's `npm test` does the work side by side.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared/paths.ts';

function tsc(args: string[]): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), ...args], { cwd: repoRoot });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('the project', () => {
  it('type-checks with tsc --noEmit -p . (npm run typecheck)', async () => {
    // Incremental, with its record in .cache/: a second run re-checks only what changed since.
    const r = await tsc(['--noEmit', '-p', '.', '--pretty', 'false', '--incremental', '--tsBuildInfoFile', path.join(repoRoot, '.cache', 'typecheck.tsbuildinfo')]);
    expect(r.output.trim(), 'fix these type errors').toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
