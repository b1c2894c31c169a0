// `npm run demo`: the whole bundled action (dist/), run as a GitHub runner
// would on a push to main, on the example flake in example/, pushing to a
// registry started on loopback with a local Actions cache service beside it.
import { rm } from 'node:fs/promises'
import { makeFlakeRepo } from '../test-support/fixtures.js'
import { startRegistry } from '../test-support/registry.js'
import { startCacheService } from '../test-support/cache-server.js'
import { runAction } from '../test-support/runner.js'
import { ACTION_NIX_CONFIG, pushToMain, registryInputs } from '../test-support/scenario.js'

const started = Date.now()
const registry = await startRegistry()
const cacheService = await startCacheService()
const repo = await makeFlakeRepo()
console.log(`Registry on ${registry.host} (user ${String(registry.username)}); example flake committed at ${repo.sha.slice(0, 7)} in ${repo.dir}\n`)
try {
  const run = await runAction({
    workspace: repo.dir,
    event: pushToMain(repo.sha),
    inputs: registryInputs(registry),
    env: { NIX_CONFIG: ACTION_NIX_CONFIG, ...cacheService.env }
  })
  process.stdout.write(run.visibleLog)
  console.log('\n--- job summary ---\n' + run.summary)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (run.main.exitCode !== 0 || run.outputs['pushed'] !== 'true') {
    console.error(`The demo run failed (main exited ${String(run.main.exitCode)}, post ${String(run.post?.exitCode)}) after ${seconds} s.`)
    process.exitCode = 1
  } else {
    const served = await registry.digestOf('upgrades/k8s-cloud-tagger-dev', `sha-${repo.sha.slice(0, 7)}`)
    console.log(`Pushed ${String(run.outputs['tags'])}`)
    console.log(`Digest ${String(run.outputs['digest'])} (the registry serves ${String(served)})`)
    console.log(`Store path ${String(run.outputs['store-path'])}`)
    console.log(`Demo finished in ${seconds} s.`)
  }
  await rm(run.home, { recursive: true, force: true })
} finally {
  await repo.cleanup()
  await cacheService.stop()
  await registry.stop()
}
