// Mutation testing of the engine: `npm run test:mutation` (scripts/mutation.mjs runs Stryker under Node 22).
// @ts-check
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  // Only the fast table tests beside the engine; why the slow ones are left out is in that file.
  vitest: { configFile: 'scripts/mutation.vitest.config.ts', related: false },
  mutate: [
    'lib/engine/scoring/**/*.ts',
    'lib/engine/plan/**/*.ts',
    '!**/*.test.ts',
    // Zod shapes of the stored result and plan: the engine never parses its own output, so a mutant there changes
    // only what storage accepts (tested by the stored-plan tests), not any readout.
    '!lib/engine/scoring/result-schema.ts',
    '!lib/engine/plan/plan-schema.ts',
    // Re-planning after progress has only a bundled-content test so far (left out of the run above); until it has
    // table tests on synthetic content, its mutants would all count as untested.
    '!lib/engine/plan/replan.ts',
  ],
  // Runs each mutant against only the tests that reach it. Keep engine calls inside tests: work at a test file's top
  // level makes mutants "static", run against every test.
  coverageAnalysis: 'perTest',
  concurrency: 2,
  // TypeScript 7 breaks Stryker's tsconfig step (ts.parseConfigFileTextToJson is not a function): point it at a file
  // that does not exist, and run no type checker (Vitest strips types; `npm run typecheck` checks them).
  tsconfigFile: 'stryker-no-tsconfig.json',
  checkers: [],
  // A shared, busy machine: a slow test run is not a timed-out mutant.
  timeoutMS: 20000,
  timeoutFactor: 3,
  thresholds: { high: 90, low: 80, break: 80 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
}
export default config
