// Main step's logic, without side effects at import: run() does the work, so
// the runner's entry (entry/main.ts) and @github/local-action (which imports
// this file and calls its run()) start it the same way.
import * as core from '@actions/core'
import { runMain } from './pipeline.js'
import { resumeWorkflowCommands, stopChildren } from './process.js'
import { updateState } from './state.js'
import type { HeadStart } from './nix/head-start.js'

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

/** `headStart`: what the entry point started before this module loaded (none under local-action). */
export async function run(headStart?: HeadStart): Promise<void> {
  let cancelling = false
  const onSignal = (signal: NodeJS.Signals): void => {
    // The runner's SIGTERM follows its SIGINT: one cancellation is enough.
    if (cancelling) return
    cancelling = true
    void cancel(signal)
  }
  const signals = ['SIGINT', 'SIGTERM'] as const
  for (const signal of signals) process.on(signal, onSignal)
  try {
    await runMain(headStart)
  } finally {
    // A host that runs post in the same process (local-action) must not have
    // a signal during post mark the finished main as cancelled.
    for (const signal of signals) process.off(signal, onSignal)
  }
}
