// The whole project type-checks (TypeScript in strict mode, skipLibCheck off): scripts,
// tests and the generated types. Run here, beside the other test files, rather than before
// them, so that a contributor's `npm test` does the work side by side.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../scripts/shared/paths.ts';
import { runAsync } from './helpers.ts';

describe('the project', () => {
  it('type-checks with tsc --noEmit -p . (npm run typecheck)', async () => {
    // Incremental, with its record in .cache/: a second run re-checks only what changed since.
    const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    const r = await runAsync(process.execPath, [tsc, '--noEmit', '-p', '.', '--pretty', 'false', '--incremental', '--tsBuildInfoFile', path.join(repoRoot, '.cache', 'typecheck.tsbuildinfo')]);
    expect((r.stdout + r.stderr).trim(), 'fix these type errors').toBe('');
    expect(r.status).toBe(0);
  }, 120_000);
});
