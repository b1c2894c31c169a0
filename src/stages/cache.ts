// Stage 3 and the post step's save: the build cache in the GitHub Actions
// cache, as two kinds of entry (src/cache/):
// - the Nix paths this job relied on, built here or taken from our cache,
//   as a binary cache directory keyed by the names it holds (nix-entry.ts);
// - skopeo's blob-info cache for the pushed image, keyed by registry, image
//   and digest (blob-info.ts), so a re-push of an unchanged image uploads no
//   layers.
// Each is saved only when it gained something, and only where the save
// policy allows (save-policy.ts, save.ts).
//
// Trust: the restored directory is served to Nix as a substituter with
// `?trusted=1`, so nothing is signed. What keeps a pull request from slipping
// a path into a main-branch build is GitHub's cache scoping (a pull request's
// entries are visible to it alone) and the policy that runs of untrusted code
// in the base branch's scope never save.
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import type { Nix } from '../nix.js'
import { updateState, type CacheState, type PushedState } from '../state.js'
import { errorMessage } from '../errors.js'
import { run } from '../process.js'
import { keyPrefixes } from '../cache/keys.js'
import { blobInfoCacheDir, blobInfoCachePaths } from '../cache/blob-info.js'
import { binaryCacheDir, binaryCacheHashes, hasBinaryCache } from '../cache/binary-cache.js'
import { recordStore } from '../cache/nix-entry.js'
import { NIX_COMMAND } from '../nix.js'
import { savePolicy } from '../cache/save-policy.js'
import { answers, cacheServiceUrl } from '../cache/service.js'
import { serveBinaryCache } from '../cache/substituter.js'

type CacheModule = typeof import('@actions/cache')

/** One entry by prefix: the newest whose key starts with it. A failure is a warning; the job runs cold. */
async function restoreEntry(cache: CacheModule, paths: string[], prefix: string): Promise<string | undefined> {
  try {
    return await cache.restoreCache(paths, prefix, [prefix])
  } catch (error) {
    core.warning(`Could not restore the cache: ${errorMessage(error)}`)
    return undefined
  }
}

/**
 * Opens the substituter once, before check and build run side by side: the
 * first Nix process to open an HTTP cache records it in ~/.cache/nix, and two
 * doing it at once fail on Nix 2.8 (`insert or replace into NARs …
 * constraint failed`, the second replaced the first's row).
 */
async function registerSubstituter(nix: Nix, url: string): Promise<void> {
  const result = await run(nix.bin, [...NIX_COMMAND, 'store', 'ping', '--store', url], { silent: true })
  if (result.exitCode !== 0) core.warning(`The restored cache's substituter did not answer Nix: ${result.output.trim().slice(-300)}`)
}

export async function restoreCache(nix: Nix, inputs: Inputs, context: RunContext, pushing: boolean): Promise<string> {
  // Nothing recorded for post when the service is missing or down: post then
  // has nothing to do either.
  const url = cacheServiceUrl(process.env)
  if (!url) {
    const note = 'the Actions cache service is not available to this job'
    core.info(`Not restoring: ${note}.`)
    return note
  }
  if (!(await answers(url))) {
    const note = `the Actions cache service (${new URL(url).host}) does not answer; this job neither restores nor saves the cache`
    core.warning(`Not restoring: ${note}.`)
    return note
  }
  const cache = await import('@actions/cache')
  const prefixes = keyPrefixes(inputs, context)
  const temp = (name: string) => path.join(context.runnerTemp, `nix-flake-ci-${name}-${process.pid}.txt`)
  const state: CacheState = {
    nixVersion: nix.version,
    prefixes,
    restoredKey: undefined,
    restoredDeltaKey: undefined,
    baseList: undefined,
    restoredBlobInfoKey: undefined,
    binaryCacheDir: binaryCacheDir(process.env, context.home),
    blobInfoDir: blobInfoCacheDir(process.env, context.home, process.getuid?.()),
    storeBeforeList: temp('store-before'),
    hitsFile: temp('served'),
    maxBytes: inputs.cacheMaxBytes,
    policy: savePolicy(inputs.cacheSave, context.eventName)
  }
  // Only a run that may save needs to know what it adds to the store.
  if (state.policy.save) recordStore(state.storeBeforeList)
  writeFileSync(state.hitsFile, '')
  const [restoredKey, restoredBlobInfoKey] = await Promise.all([
    restoreEntry(cache, [state.binaryCacheDir], prefixes.nix),
    pushing ? restoreEntry(cache, blobInfoCachePaths(state.blobInfoDir), prefixes.blobInfo) : undefined
  ])
  state.restoredKey = restoredKey
  state.restoredBlobInfoKey = restoredBlobInfoKey
  const notes = [restoredKey ? `restored ${restoredKey}` : 'no earlier cache for this flake']
  if (state.policy.delta) {
    // A pull request: its base branch's entry, then its own delta on top.
    state.baseList = temp('base')
    writeFileSync(state.baseList, binaryCacheHashes(state.binaryCacheDir).join('\n'))
    state.restoredDeltaKey = await restoreEntry(cache, [state.binaryCacheDir], prefixes.delta)
    if (state.restoredDeltaKey) notes.push(`restored ${state.restoredDeltaKey}`)
  }
  if (restoredBlobInfoKey) notes.push(`restored ${restoredBlobInfoKey}`)
  if (hasBinaryCache(state.binaryCacheDir)) {
    const substituter = await serveBinaryCache(state.binaryCacheDir, state.hitsFile)
    await registerSubstituter(nix, substituter.url)
    nix.commonArgs.push('--extra-substituters', `${substituter.url}?trusted=1`)
  }
  updateState({ cache: state })
  const note = notes.join('; ')
  core.info(note)
  return note
}

export async function saveCache(nixBin: string, state: CacheState, pushed: PushedState | undefined): Promise<void> {
  if (!state.policy.save) {
    core.info(`Not saving the cache: ${state.policy.reason}.`)
    return
  }
  const { saveEntries } = await import('../cache/save.js')
  await saveEntries(nixBin, state, pushed)
}
