// Post's save: each entry only when it gained something, the small one first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import * as cache from '@actions/cache'
import type { CacheState, PushedState } from '../state.js'
import { blobInfoKey, checkSetKey, storePathsKey } from './keys.js'
import { blobInfoCachePaths, blobInfoFormat } from './blob-info.js'
import { entryPath, readBinaryCache, writeBinaryCache } from './binary-cache.js'
import { builtPaths, planNixEntry, readLines, servedHashes } from './nix-entry.js'
import type { SigningKey } from './signing.js'

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

/** The Nix paths this job relied on, when the restored entries lack any of them. */
/**
 * Runs `work` with the secret key in a file of its own (0600, in a private
 * directory under RUNNER_TEMP), removed as soon as `work` is done.
 */
async function withKeyFile<T>(key: SigningKey | undefined, runnerTemp: string, work: (file: string | undefined) => Promise<T>): Promise<T> {
  if (!key) return work(undefined)
  const dir = mkdtempSync(path.join(runnerTemp, 'nix-flake-ci-key-'))
  try {
    const file = path.join(dir, 'secret-key')
    writeFileSync(file, key.secret, { mode: 0o600 })
    return await work(file)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/**
 * A matrix job's key, a hash of its checks' derivations, when they all
 * passed: the next plan looks for it and leaves those checks out. A job whose
 * checks failed saves nothing, so its checks come back in the next plan.
 */
function checkSetEntryKey(state: CacheState): string | undefined {
  if (!state.prefixes.checkSet || !state.checkSetFile) return undefined
  const drvs = readLines(state.checkSetFile)
  return drvs.length > 0 ? checkSetKey(state.prefixes.checkSet, drvs) : undefined
}

async function saveNixEntry(nixBin: string, state: CacheState, key: SigningKey | undefined): Promise<void> {
  const checkSet = checkSetEntryKey(state)
  if (state.prefixes.checkSet && !checkSet) {
    core.info("Not saving the Nix paths: this matrix job's checks did not all pass, and its entry would tell the next plan they had.")
    return
  }
  const nix = { bin: nixBin, version: state.nixVersion }
  const restored = readBinaryCache(state.binaryCacheDir)
  const served = servedHashes(state.hitsFile, restored)
  const job = await builtPaths(nix, state.rootsFile)
  const { paths: built, derived } = job
  core.info(`This job built ${derived.size} store path(s), added ${built.length - derived.size} source(s) and took ${served.size} from the restored cache.`)
  if (built.length > 0)
    core.info(
      built
        .slice(0, 20)
        .map(p => `  ${derived.has(p) ? 'built' : 'added'} ${p}`)
        .join('\n') + (built.length > 20 ? `\n  … and ${built.length - 20} more` : '')
    )
  const entry = planNixEntry(job, served, restored, state.maxBytes)
  // A pull request keeps what its base entry holds out of its delta.
  const base = new Set(state.policy.delta && state.baseList ? readLines(state.baseList) : [])
  const names = [...entry.names].filter(([hash]) => !base.has(hash))
  const what = checkSet
    ? "the Nix paths main's entry and the other matrix job's lack"
    : state.policy.delta
      ? 'the Nix paths the base entry lacks'
      : 'the Nix paths'
  if (names.length === 0) {
    core.info(`Not saving ${what}: this job used none.`)
    return
  }
  // Only what a derivation built is worth an upload of the whole entry; a
  // source the checkout makes again is not.
  const missing = names.filter(([hash]) => !restored.has(hash))
  const missingHashes = new Set(missing.map(([hash]) => hash))
  const missingBuilt = entry.built.filter(storePath => derived.has(storePath) && missingHashes.has(path.basename(storePath).slice(0, 32)))
  if (missingBuilt.length === 0) {
    const sources = missing.length > 0 ? ` (it lacks only ${missing.length} source path(s) the checkout makes again)` : ''
    core.info(`Not saving ${what}: the restored cache already holds all ${names.length - missing.length} built path(s) this job used${sources}.`)
    return
  }
  const entryKey =
    checkSet ??
    storePathsKey(
      state.policy.delta ? state.prefixes.delta : state.prefixes.nix,
      names.map(([, name]) => name)
    )
  await withKeyFile(key, state.runnerTemp, file => writeBinaryCache(nixBin, state.binaryCacheDir, restored, entry.carried, entry.built, base, file))
  await saveEntry([entryPath(state.binaryCacheDir)], entryKey, `${names.length} store path(s) (${what}${key ? `, signed by ${key.name}` : ''})`)
}

export async function saveEntries(nixBin: string, state: CacheState, pushed: PushedState | undefined, key: SigningKey | undefined): Promise<void> {
  // The small entry first: a refusal (a rate limit) then costs no `nix copy`
  // and no upload of the large one.
  if (!(await saveBlobInfo(state, pushed))) {
    core.info('Not saving the Nix paths in this job: the cache service refused the save above.')
    return
  }
  await saveNixEntry(nixBin, state, key)
}
