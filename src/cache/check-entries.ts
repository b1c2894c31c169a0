// The plan's question to the Actions cache: which matrix jobs' entries exist.
// A matrix job saves its entry under a hash of its checks' derivations, and
// only when they all passed (cache/save.ts), so an entry found means those
// checks passed as they are now: no job is needed for them.
import * as core from '@actions/core'
import { errorMessage } from '../errors.js'
import { binaryCacheDir, entryPath } from './binary-cache.js'
import { cacheServiceUrl } from './service.js'
import { eachLimited } from '../limited.js'

/** The keys of `keys` the cache holds; none when there is no cache service. */
export async function entriesFound(keys: readonly string[], runnerTemp: string): Promise<Set<string>> {
  const found = new Set<string>()
  if (keys.length === 0 || !cacheServiceUrl(process.env)) return found
  const cache = await import('@actions/cache')
  if (!cache.isFeatureAvailable()) return found
  // The paths are part of an entry's version: the ones the jobs save, given
  // relative to the workspace (binary-cache.ts: the same on Linux and macOS).
  const paths = [entryPath(binaryCacheDir(runnerTemp))]
  let failed: string | undefined
  await eachLimited(keys, 8, async key => {
    try {
      // The service matches keys by prefix too: only the exact key counts.
      if ((await cache.restoreCache(paths, key, [], { lookupOnly: true })) === key) found.add(key)
    } catch (error) {
      failed ??= errorMessage(error)
    }
  })
  if (failed) core.warning(`Could not ask the cache for every matrix job's entry (${failed}); the jobs not found are planned.`)
  return found
}
