// Post: what the install stage changed on the machine (the daemon's
// trusted-users, the KVM udev rule), put back. Runs after the cache save,
// which still needs the daemon to trust the user.
import * as core from '@actions/core'
import { errorMessage } from '../errors.js'
import type { ActionState } from '../state.js'
import { probeHost } from './host.js'
import { runAsRootOk } from './privileged.js'

export async function undoRunnerChanges(state: ActionState): Promise<void> {
  if (!state.trust && !state.kvmRule) return
  const host = await probeHost()
  if (state.trust) {
    try {
      const { restoreTrust } = await import('./trust.js')
      core.info(await restoreTrust(state.trust, host))
    } catch (error) {
      core.warning(
        `Could not put ${state.trust.path} back: ${errorMessage(error)}. Remove the block between the nix-flake-ci markers by hand and restart the nix-daemon.`
      )
    }
  }
  if (state.kvmRule) {
    try {
      await runAsRootOk(host, 'rm', ['-f', state.kvmRule])
      core.info(`Removed ${state.kvmRule}`)
    } catch (error) {
      core.warning(`Could not remove ${state.kvmRule}: ${errorMessage(error)}`)
    }
  }
}
