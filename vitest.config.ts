import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The published API is written as .cts (CommonJS TypeScript); Vite transforms only
  // .ts/.mts/.tsx by default.
  oxc: { include: /\.(m?ts|cts|[jt]sx)$/ },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // Type-level tests: test/**/*.test-d.ts are checked by tsc, not run.
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});
