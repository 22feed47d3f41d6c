import os from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Vitest's order (failed first, then the slowest of the last run, or the largest file on a
 * fresh checkout), except that the project's type check starts first: it is one long
 * compiler run that, started late, would end the whole run on its own.
 */
class TypeCheckFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => f.moduleId.endsWith('/test/typecheck.test.ts');
    return [...sorted.filter(first), ...sorted.filter((f) => !first(f))];
  }
}

export default defineConfig({
  // The published API is written as .cts (CommonJS TypeScript); Vite transforms only
  // .ts/.mts/.tsx by default.
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // A file per core. Vitest's default leaves one core free, which on a two-core machine
    // ran the files one at a time; most of the slow files wait on child processes anyway.
    maxWorkers: os.availableParallelism(),
    // Test files share worker processes instead of each starting a fresh one: no test file
    // changes global state (environment, working folder, module mocks), and the fresh
    // processes cost about 15 s of CPU per run.
    isolate: false,
    sequence: { sequencer: TypeCheckFirst },
    // Type-level tests: test/**/*.test-d.ts are checked by tsc, not run. Their own project,
    // so that the whole project is type-checked once (test/typecheck.test.ts), not twice.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './test/tsconfig.type-tests.json' },
  },
});
