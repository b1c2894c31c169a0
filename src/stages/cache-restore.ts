// Stage 3, cache restore: the build cache in the GitHub Actions cache, as
// two kinds of entry (src/cache/; post saves them, cache/save-cache.ts):
// - the Nix paths this job relied on, built here or taken from our cache,
//   as a binary cache directory keyed by the names it holds (nix-entry.ts);
// - skopeo's blob-info cache for the pushed image, keyed by registry, image
//   and digest (blob-info.ts), so a re-push of an unchanged image uploads no
//   layers.
// Each is saved only when it gained something, and only where the save
// policy allows (save-policy.ts, save.ts).
//
// Trust: the restored entry goes to a directory of this job (under
// RUNNER_TEMP, emptied first) and is served only when a restore filled it.
// With `cache-signing-key`, what post saves is signed, and a restored entry
// is served without `?trusted=1`, Nix checking each path against the public
// key, after the action checked every signature and NAR itself (an entry
// with one bad path is refused whole, and the run is cold). Without a key it
// is served with `?trusted=1`: what keeps a pull request from slipping a
// path into a main-branch build is then GitHub's cache scoping (a pull
// request's entries are visible to it alone) and the save policy's
// allow-list of events.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'
import { NIX_COMMAND, runNixBin, type Nix } from '../nix/command.js'
import { updateState, type CacheState } from '../state.js'
import { errorMessage } from '../errors.js'
import { keyPrefixes } from '../cache/keys.js'
import { blobInfoCacheDir, blobInfoCachePaths } from '../cache/blob-info.js'
import { binaryCacheDir, binaryCacheHashes, entryPath, hasBinaryCache, workDir } from '../cache/binary-cache.js'
import { BuildRoots } from '../cache/roots.js'
import { savePolicy } from '../cache/save-policy.js'
import { answers, cacheServiceUrl } from '../cache/service.js'
import { serveBinaryCache } from '../cache/substituter.js'
import { verifyBinaryCache } from '../cache/verify.js'
import type { SigningKey } from '../cache/signing.js'

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
  const result = await runNixBin(nix, [...NIX_COMMAND, 'store', 'ping', '--store', url], { silent: true })
  if (result.exitCode !== 0) core.warning(`The restored cache's substituter did not answer Nix: ${result.output.trim().slice(-300)}`)
}

export interface Restored {
  /** The summary's note. */
  note: string
  /** nix.conf settings that serve the restored entry to every later Nix command (Nix.settings); none when nothing is served. */
  settings: string[]
  /** Where the stages that build record what they built, for post to save; only on a run that will save. */
  roots?: BuildRoots
}

export async function restoreCache(nix: Nix, inputs: Inputs, context: RunContext, pushing: boolean): Promise<Restored> {
  // Nothing recorded for post when the service is missing or down: post then
  // has nothing to do either.
  const missing = (): Restored => {
    const note = 'the Actions cache service is not available to this job'
    core.info(`Not restoring: ${note}.`)
    return { note, settings: [] }
  }
  const url = cacheServiceUrl(process.env)
  if (!url) return missing()
  if (!(await answers(url))) {
    const note = `the Actions cache service (${new URL(url).host}) does not answer; this job neither restores nor saves the cache`
    core.warning(`Not restoring: ${note}.`)
    return { note, settings: [] }
  }
  const cache = await import('@actions/cache')
  if (!cache.isFeatureAvailable()) return missing()
  const prefixes = keyPrefixes(inputs, context)
  const dir = binaryCacheDir(context.runnerTemp)
  // Whatever is there now, this job did not restore.
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(workDir(context.runnerTemp), { recursive: true })
  const side = (name: string) => path.join(workDir(context.runnerTemp), `${name}-${process.pid}.txt`)
  const state: CacheState = {
    nixVersion: nix.version,
    prefixes,
    restoredKey: undefined,
    restoredDeltaKey: undefined,
    baseList: undefined,
    restoredBlobInfoKey: undefined,
    runnerTemp: context.runnerTemp,
    binaryCacheDir: dir,
    blobInfoDir: blobInfoCacheDir(process.env, context.home, process.getuid?.()),
    rootsFile: side('roots'),
    hitsFile: side('served'),
    maxBytes: inputs.cacheMaxBytes,
    // A plan builds nothing, and takes no more than a look at the entries.
    policy: inputs.plan
      ? { save: false, reason: '`plan: true` builds nothing', delta: false }
      : savePolicy(inputs.cacheSave, context.eventName, prefixes.checkSet !== undefined),
    checkSetFile: prefixes.checkSet === undefined ? undefined : side('check-set')
  }
  writeFileSync(state.rootsFile, '')
  writeFileSync(state.hitsFile, '')
  // Only a run that may save needs to know what its commands built.
  if (state.checkSetFile) writeFileSync(state.checkSetFile, '')
  const roots = state.policy.save ? new BuildRoots(state.rootsFile, state.checkSetFile) : undefined
  const [restoredKey, restoredBlobInfoKey] = await Promise.all([
    restoreEntry(cache, [entryPath(dir)], prefixes.nix),
    pushing ? restoreEntry(cache, blobInfoCachePaths(state.blobInfoDir), prefixes.blobInfo) : undefined
  ])
  state.restoredKey = restoredKey
  state.restoredBlobInfoKey = restoredBlobInfoKey
  const notes = [restoredKey ? `restored ${restoredKey}` : 'no earlier cache for this flake']
  if (state.policy.delta && prefixes.checkSet) {
    // A matrix job: main's entry, then the newest entry another matrix job of
    // this system saved, whose paths (dependencies its checks may share with
    // ours) are not built again; the job saves what neither holds.
    state.baseList = side('base')
    state.restoredDeltaKey = await restoreEntry(cache, [entryPath(dir)], prefixes.checkSet)
    writeFileSync(state.baseList, binaryCacheHashes(dir).join('\n'))
    if (state.restoredDeltaKey) notes.push(`restored ${state.restoredDeltaKey} (another matrix job's)`)
  } else if (state.policy.delta) {
    // A pull request: its base branch's entry, then its own delta on top.
    state.baseList = side('base')
    writeFileSync(state.baseList, binaryCacheHashes(dir).join('\n'))
    state.restoredDeltaKey = await restoreEntry(cache, [entryPath(dir)], prefixes.delta)
    if (state.restoredDeltaKey) notes.push(`restored ${state.restoredDeltaKey}`)
  }
  if (restoredBlobInfoKey) notes.push(`restored ${restoredBlobInfoKey}`)
  let settings: string[] = []
  if ((state.restoredKey || state.restoredDeltaKey) && hasBinaryCache(dir)) {
    const key = inputs.cacheSigningKey
    if (key && !(await acceptSigned(state, key))) notes.push('refused the Nix entry: not signed by the cache-signing-key (see the warning)')
    else settings = await serve(nix, state, key)
  }
  updateState({ cache: state })
  const note = notes.join('; ')
  core.info(note)
  return { note, settings, ...(roots ? { roots } : {}) }
}

/** Whether the restored directory is all signed by `key` and whole; if not, it is removed with a warning, and the run is cold. */
async function acceptSigned(state: CacheState, key: SigningKey): Promise<boolean> {
  const problems = await verifyBinaryCache(state.binaryCacheDir, key.publicKey)
  if (problems.length === 0) {
    core.info(`Every path of the restored Nix entry is signed by ${key.name}.`)
    return true
  }
  const restored = [state.restoredKey, state.restoredDeltaKey].filter(Boolean).join(' and ')
  core.warning(
    `Refused the restored cache ${restored}: it is not what ${key.name} signed (tampered, or saved without the key):\n` +
      problems.map(problem => `  ${problem}`).join('\n') +
      '\nIt is removed and not served; this run builds without it.'
  )
  rmSync(state.binaryCacheDir, { recursive: true, force: true })
  state.restoredKey = undefined
  state.restoredDeltaKey = undefined
  // A pull request's delta then holds everything it used, not what a refused base held.
  if (state.baseList) writeFileSync(state.baseList, '')
  return false
}

/** Serves the restored directory on loopback; returns the settings that make it a substituter of a Nix command. */
async function serve(nix: Nix, state: CacheState, key: SigningKey | undefined): Promise<string[]> {
  const substituter = await serveBinaryCache(state.binaryCacheDir, state.hitsFile)
  await registerSubstituter(nix, substituter.url)
  // Signed: Nix checks every path against the key, as it does a public cache.
  if (!key) return [`extra-substituters = ${substituter.url}?trusted=1`]
  return [`extra-substituters = ${substituter.url}`, `extra-trusted-public-keys = ${key.publicKey}`]
}
