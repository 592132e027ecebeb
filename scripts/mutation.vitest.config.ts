import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import base from '../vitest.config'

// The tests Stryker runs against each mutant (stryker.config.mjs): the table tests beside the engine, on small
// synthetic content (tests/fixtures/content-builder.ts). Left out, because each runs the engine hundreds of times on
// the bundled content and would be run against nearly every mutant (hours on two cores): the property tests, the
// plan's bundled-content tests and the persona and page tests. They still run in `npm test`; the score counts only
// what the fast tests defend, so it is a lower bound. The replan test also runs the engine at its top level, which
// would make most mutants "static" (run against every test).
const SLOW = [
  'lib/engine/scoring/properties.test.ts',
  'lib/engine/plan/build-plan.test.ts',
  'lib/engine/plan/replan.test.ts',
]

// Spread, not mergeConfig: mergeConfig concatenates arrays, which would keep the whole suite's `include`.
export default defineConfig({
  ...base,
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    ...base.test,
    include: ['lib/engine/scoring/**/*.test.ts', 'lib/engine/plan/**/*.test.ts'],
    exclude: [...SLOW, '**/node_modules/**'],
  },
})
