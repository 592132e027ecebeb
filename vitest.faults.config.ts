import { defineConfig } from 'vitest/config'
import base from './vitest.config'

// `npm run test:faults`: kill -9 and database outages under load. Too slow for every `npm test`; CI runs both.
// One file at a time: each starts servers and injects faults, and they would disturb each other's timings.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['tests/faults/**/*.test.ts'], fileParallelism: false, testTimeout: 900_000 },
})
