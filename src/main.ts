import * as core from '@actions/core'
import { runMain } from './pipeline.js'
import { resumeWorkflowCommands, stopChildren } from './process.js'
import { updateState } from './state.js'

// The runner cancels a job with SIGINT, then SIGTERM: stop Nix and skopeo and
// leave a mark so post cleans up but does not save a half-written cache.
async function cancel(signal: NodeJS.Signals): Promise<void> {
  updateState({ outcome: 'cancelled' })
  const stopped = await stopChildren()
  // The signal may have come while a tool's output had workflow commands off.
  resumeWorkflowCommands()
  core.error(`Cancelled (${signal}); stopped ${stopped} running command(s).`)
  // Exit once the error is out: on macOS a pipe to the runner is written asynchronously.
  process.stdout.write('', () => process.exit(1))
}

let cancelling = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // The runner's SIGTERM follows its SIGINT: one cancellation is enough.
    if (cancelling) return
    cancelling = true
    void cancel(signal)
  })
}

await runMain()
