// Stage 3 and the post step's save: the build cache in the GitHub Actions
// cache, as two kinds of entry (src/cache/):
// - the Nix paths this job relied on, built here or taken from our cache,
//   as a binary cache directory keyed by the names it holds (nix-entry.ts);
// - skopeo's blob-info cache for the pushed image, keyed by registry, image
//   and digest (blob-info.ts), so a re-push of an unchanged image uploads no
//   layers.
// Each is saved only when it gained something, and only where the save
// policy allows (save-policy.ts).
//
// Trust: the restored directory is served to Nix as a substituter with
// `?trusted=1`, so nothing is signed. What keeps a pull request from slipping
// a path into a main-branch build is GitHub's cache scoping (a pull request's
// entries are visible to it alone) and the policy that runs of untrusted code
// in the base branch's scope never save.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import * as cache from '@actions/cache'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import type { Nix } from '../nix.js'
import { updateState, type CacheState, type PushedState } from '../state.js'
import { errorMessage } from '../errors.js'
import { blobInfoKey, keyPrefixes, storePathsKey } from '../cache/keys.js'
import { blobInfoCacheDir, blobInfoCachePaths, blobInfoFormat } from '../cache/blob-info.js'
import { binaryCacheDir, hasBinaryCache, readBinaryCache, writeBinaryCache } from '../cache/binary-cache.js'
import { builtPaths, planNixEntry, recordStore, servedHashes } from '../cache/nix-entry.js'
import { savePolicy } from '../cache/save-policy.js'
import { NIX_COMMAND } from '../cache/path-info.js'
import { run } from '../process.js'
import { serveBinaryCache } from '../cache/substituter.js'

/** One entry by prefix: the newest whose key starts with it. A failure is a warning; the job runs cold. */
async function restoreEntry(paths: string[], prefix: string): Promise<string | undefined> {
  try {
    return await cache.restoreCache(paths, prefix, [prefix])
  } catch (error) {
    core.warning(`Could not restore the cache: ${errorMessage(error)}`)
    return undefined
  }
}

export async function restoreCache(nix: Nix, inputs: Inputs, context: RunContext, pushing: boolean): Promise<string> {
  if (!cache.isFeatureAvailable()) {
    // Nothing recorded: post has nothing to do either.
    const note = 'the Actions cache service is not available to this job'
    core.info(`Not restoring: ${note}.`)
    return note
  }
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
    restoreEntry([state.binaryCacheDir], prefixes.nix),
    pushing ? restoreEntry(blobInfoCachePaths(state.blobInfoDir), prefixes.blobInfo) : undefined
  ])
  state.restoredKey = restoredKey
  state.restoredBlobInfoKey = restoredBlobInfoKey
  const notes = [restoredKey ? `restored ${restoredKey}` : 'no earlier cache for this flake']
  if (state.policy.delta) {
    // A pull request: its base branch's entry, then its own delta on top.
    state.baseList = temp('base')
    writeFileSync(state.baseList, [...readBinaryCache(state.binaryCacheDir).keys()].join('\n'))
    state.restoredDeltaKey = await restoreEntry([state.binaryCacheDir], prefixes.delta)
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

function readLines(file: string | undefined): string[] {
  return file ? readFileSync(file, 'utf8').split('\n').filter(line => line !== '') : []
}

/**
 * Saves one entry; false when the service did not take it. @actions/cache
 * never throws for that: a 429 (GitHub allows 200 new entries a minute per
 * repository) or a key another job is saving comes back as -1, after its own
 * log line, and it does not retry. The caller then saves nothing more in this
 * job: after a rate limit the next run's save is the retry.
 */
async function saveEntry(paths: string[], key: string, what: string): Promise<boolean> {
  const id = await cache.saveCache(paths, key)
  if (id === -1) {
    core.warning(`The cache service did not take ${what} as ${key} (see above: a rate limit, or another job saving the same entry); the next run saves it.`)
    return false
  }
  core.info(`Saved ${what} as ${key}`)
  return true
}

/** skopeo's knowledge of the pushed image; false when the service refused it. */
async function saveBlobInfo(state: CacheState, pushed: PushedState | undefined): Promise<boolean> {
  const format = blobInfoFormat(state.blobInfoDir)
  if (!pushed || format === 'none') return true
  const key = blobInfoKey(state.prefixes.blobInfo, format, pushed.digest)
  if (key === state.restoredBlobInfoKey) {
    core.info(`Not saving skopeo's blob-info cache: the restored ${key} already knew ${pushed.repository}@${pushed.digest}.`)
    return true
  }
  return saveEntry(blobInfoCachePaths(state.blobInfoDir), key, `skopeo's blob-info cache (${format})`)
}

async function saveNixEntry(nixBin: string, state: CacheState): Promise<void> {
  const nix = { bin: nixBin, version: state.nixVersion }
  const restored = readBinaryCache(state.binaryCacheDir)
  const served = servedHashes(state.hitsFile, restored)
  const built = await builtPaths(nix, state.storeBeforeList)
  core.info(`This job built ${built.length} store path(s) and took ${served.size} from the restored cache.`)
  if (built.length > 0) core.info(built.slice(0, 20).map(p => `  built ${p}`).join('\n') + (built.length > 20 ? `\n  … and ${built.length - 20} more` : ''))
  const entry = await planNixEntry(nix, built, served, restored, state.maxBytes)
  // A pull request keeps what its base entry holds out of its delta.
  const base = new Set(state.policy.delta ? readLines(state.baseList) : [])
  const names = [...entry.names].filter(([hash]) => !base.has(hash))
  const had = new Set([...restored.keys()].filter(hash => !base.has(hash)))
  const what = state.policy.delta ? 'the Nix paths the base entry lacks' : 'the Nix paths'
  if (names.length === 0) {
    core.info(`Not saving ${what}: this job used none.`)
    return
  }
  if (names.every(([hash]) => had.has(hash))) {
    core.info(`Not saving ${what}: the restored cache already holds all ${names.length} this job used.`)
    return
  }
  const key = storePathsKey(state.policy.delta ? state.prefixes.delta : state.prefixes.nix, names.map(([, name]) => name))
  await writeBinaryCache(nixBin, state.binaryCacheDir, restored, entry.carried, entry.built, base)
  await saveEntry([state.binaryCacheDir], key, `${names.length} store path(s) (${what})`)
}

export async function saveCache(nixBin: string, state: CacheState, pushed: PushedState | undefined): Promise<void> {
  if (!state.policy.save) {
    core.info(`Not saving the cache: ${state.policy.reason}.`)
    return
  }
  // The small entry first: a refusal (a rate limit) then costs no `nix copy`
  // and no upload of the large one.
  if (!(await saveBlobInfo(state, pushed))) {
    core.info('Not saving the Nix paths in this job: the cache service refused the save above.')
    return
  }
  await saveNixEntry(nixBin, state)
}
