// The post step: take the token out of nix.conf and the registry credentials
// off the disk, then save the cache, then put the runner back. It runs after
// failed and cancelled jobs too, and never fails the job over a cleanup that
// had nothing to do.
import { chmodSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs'
import * as core from '@actions/core'
import { errorMessage } from './errors.js'
import { readIfThere } from './read-if-there.js'
import { undoBlock } from './runner/nix-conf.js'
import { loadState, type ActionState, type NixConfState } from './state.js'
import { undoRunnerChanges } from './runner/undo.js'

export function restoreNixConf(conf: NixConfState): string {
  if (conf.symlink !== undefined) {
    // The link's target was never written; the private copy goes, the link comes back.
    rmSync(conf.path, { force: true })
    symlinkSync(conf.symlink, conf.path)
    return `put back ${conf.path} as a link to ${conf.symlink}`
  }
  const content = readIfThere(conf.path)
  if (content === undefined) return `${conf.path} is gone; nothing to remove`
  const undo = undoBlock(content, conf)
  if (undo.kind === 'none') return `no block of this action in ${conf.path}`
  if (undo.kind === 'delete') {
    unlinkSync(conf.path)
    return `removed ${conf.path}, which this action had created`
  }
  writeFileSync(conf.path, undo.content)
  if (conf.mode !== undefined) chmodSync(conf.path, conf.mode)
  return `removed this action's block from ${conf.path}`
}

async function saveCacheIfWanted(state: ActionState): Promise<void> {
  if (!state.cache) return
  if (state.outcome !== 'succeeded' && state.outcome !== 'failed') {
    core.info('Not saving the cache: the job was cancelled or main stopped early, so the store may be half-written.')
    return
  }
  if (!state.nixBin) return
  const { saveCache } = await import('./cache/save-cache.js')
  await saveCache(state.nixBin, state.cache, state.pushed)
}

/** The token in nix.conf and the registry credentials: gone before anything slow runs. */
function removeSecrets(state: ActionState): void {
  if (state.nixConf) {
    try {
      core.info(restoreNixConf(state.nixConf))
    } catch (error) {
      core.warning(`Could not clean ${state.nixConf.path}: ${errorMessage(error)}. Remove the block between the nix-flake-ci markers by hand.`)
    }
  }
  if (state.authDir) {
    // A failure fails the post step, as it did when this ran last, but no
    // longer stops the cache save and the undoing of the daemon's trust.
    try {
      rmSync(state.authDir, { recursive: true, force: true })
      core.info('Removed the registry credentials')
    } catch (error) {
      core.setFailed(`Could not remove the registry credentials in ${state.authDir}: ${errorMessage(error)}. Delete that directory by hand.`)
    }
  }
}

export async function runPost(): Promise<void> {
  const state = loadState()
  // Secrets first: a post step killed during a minutes-long save must not
  // leave them on a self-hosted runner's disk.
  // eslint-disable-next-line @typescript-eslint/require-await -- core.group takes a promise; a throw becomes its rejection
  await core.group('remove secrets', async () => {
    removeSecrets(state)
  })
  await core.group('cache save', async () => {
    try {
      await saveCacheIfWanted(state)
    } catch (error) {
      core.warning(`Could not save the cache: ${errorMessage(error)}`)
    }
  })
  await core.group('cleanup', async () => {
    // After the save, which may still need the daemon to trust the user.
    await undoRunnerChanges(state)
    if (state.pushDir) rmSync(state.pushDir, { recursive: true, force: true })
  })
}
