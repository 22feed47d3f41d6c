import os from 'node:os';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * Vitest's order (failed first, then the slowest of the last run, or the largest file on a
 * fresh checkout), except that two long chains start first: the project's type check (one
 * compiler run) and the contribution (a scratch copy, then the package's tests in it). Each
 * is small as a file, so a fresh checkout would start it last, and wait for it at the end.
 */
const LONG_CHAINS = ['test/typecheck.test.ts', 'test/contribute/contribution.test.ts'];
class LongChainsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (f: TestSpecification) => {
      const i = LONG_CHAINS.findIndex((name) => f.moduleId.endsWith(`/${name}`));
      return i === -1 ? LONG_CHAINS.length : i;
    };
    // A stable sort: the other files keep vitest's order.
    return sorted.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map(({ f }) => f);
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
    sequence: { sequencer: LongChainsFirst },
    // Type-level tests: test/**/*.test-d.ts are checked by tsc, not run. Their own project,
    // so that the whole project is type-checked once (test/typecheck.test.ts), not twice.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './test/tsconfig.type-tests.json' },
  },
});
