import * as core from '@actions/core'
import { runMain } from './pipeline.js'
import { stopChildren } from './process.js'
import { updateState } from './state.js'

// The runner cancels a job with SIGINT, then SIGTERM: stop Nix and skopeo and
// leave a mark so post cleans up but does not save a half-written cache.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    updateState({ outcome: 'cancelled' })
    const stopped = stopChildren('SIGTERM')
    core.error(`Cancelled (${signal}); stopped ${stopped} running command(s).`)
    process.exit(1)
  })
}

await runMain()
