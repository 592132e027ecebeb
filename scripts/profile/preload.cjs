// CPU profile of the forked next-server (NODE_OPTIONS refuses --cpu-prof, but takes --require of this file).
//   NODE_OPTIONS="--require ./scripts/profile/preload.cjs" npm start
// then `kill -USR2 <next-server pid>` to start sampling, and again to stop and write <pid>.cpuprofile in PROFILE_DIR
// (default: tmp/). Summarise with `npx tsx scripts/profile/summary.ts tmp/<pid>.cpuprofile`.
const { Session } = require('node:inspector')
const { writeFileSync, mkdirSync } = require('node:fs')
const { join } = require('node:path')

if (process.argv.some((arg) => arg.endsWith('next') || arg.includes('start-server') || arg.includes('next-server'))) {
  const session = new Session()
  session.connect()
  session.post('Profiler.enable')
  session.post('Profiler.setSamplingInterval', { interval: 250 })
  let running = false
  process.on('SIGUSR2', () => {
    if (!running) {
      running = true
      session.post('Profiler.start')
      return
    }
    running = false
    session.post('Profiler.stop', (error, result) => {
      if (error) return
      const dir = process.env.PROFILE_DIR || join(process.cwd(), 'tmp')
      mkdirSync(dir, { recursive: true })
      writeFileSync(join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile))
    })
  })
}
