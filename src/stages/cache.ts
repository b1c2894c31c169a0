// Stage 3 and the post step's save: what this job built, kept between runs in
// the GitHub Actions cache, plus skopeo's blob-info cache so a re-push of an
// unchanged image uploads no layers.
//
// Which store paths count as "built by this job": the paths that appeared in
// the store during the job (a diff of the store directory, taken at restore
// and at save) and that Nix marks `ultimate` (built or added here, not
// substituted), plus those that came from our own restored cache. A diff
// keeps the work bounded to this job on a self-hosted runner with a large
// store; `ultimate` leaves out what came from public caches, which are
// faster to fetch from there than to carry in ours. A post-build hook would
// need root and a daemon restart; a closure walk of every check would cost an
// evaluation in post.
//
// Trust: the cache is a plain directory used as a substituter with
// `?trusted=1`, so nothing is signed. What keeps a pull request from slipping
// a path into a main-branch build is GitHub's cache scoping: a cache saved on
// a PR's ref is visible to that PR only, while the default branch sees its own.
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as core from '@actions/core'
import * as cache from '@actions/cache'
import type { Inputs } from '../inputs.js'
import type { RunContext } from '../context.js'
import type { Nix } from '../nix.js'
import { run } from '../process.js'
import { updateState, type CacheState } from '../state.js'
import { errorMessage } from '../errors.js'
import { localFlake } from '../flake-ref.js'
import { blobInfoCacheDir, blobInfoCachePaths, blobInfoHash } from '../cache/blob-info.js'

const STORE_DIR = process.env['NIX_STORE_DIR'] || '/nix/store'
const VERSION = 'v1'

function binaryCacheDir(env: NodeJS.ProcessEnv, home: string): string {
  const cacheHome = env['XDG_CACHE_HOME'] || path.join(home, '.cache')
  return path.join(cacheHome, 'nix-flake-ci', 'binary-cache')
}

function hash(text: string, length: number): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

/** The flake.lock of a local flake, hashed; `nolock` when there is none to read. */
function lockHash(flake: string, workspace: string): string {
  const local = localFlake(flake, workspace)
  if (!local) return 'remote'
  try {
    return hash(readFileSync(path.join(local.flakeDir, 'flake.lock'), 'utf8'), 16)
  } catch {
    return 'nolock'
  }
}

export function cacheKeyPrefixes(inputs: Inputs, context: RunContext): { exact: string; fallback: string } {
  const what = hash(JSON.stringify([inputs.flake, inputs.package, inputs.checks]), 12)
  const fallback = `nix-flake-ci-${VERSION}-${context.platform}-${context.arch}-${what}-`
  return { exact: `${fallback}${lockHash(inputs.flake, context.workspace)}-`, fallback }
}

function storeEntries(): string[] {
  try {
    return readdirSync(STORE_DIR).filter(name => !name.startsWith('.') && !name.endsWith('.lock'))
  } catch {
    return []
  }
}

function cachePaths(state: Pick<CacheState, 'binaryCacheDir' | 'blobInfoDir'>): string[] {
  return [state.binaryCacheDir, ...blobInfoCachePaths(state.blobInfoDir)]
}

export async function restoreCache(nix: Nix, inputs: Inputs, context: RunContext): Promise<string> {
  const { exact, fallback } = cacheKeyPrefixes(inputs, context)
  const state: CacheState = {
    keyPrefix: exact,
    restoredKey: undefined,
    binaryCacheDir: binaryCacheDir(process.env, context.home),
    blobInfoDir: blobInfoCacheDir(process.env, context.home, process.getuid?.()),
    storeBeforeList: path.join(context.runnerTemp, `nix-flake-ci-store-before-${process.pid}.txt`),
    maxBytes: inputs.cacheMaxBytes,
    restoredBlobInfo: 'none'
  }
  writeFileSync(state.storeBeforeList, storeEntries().join('\n'))
  let note: string
  if (!cache.isFeatureAvailable()) {
    note = 'the Actions cache service is not available to this job'
    core.info(`Not restoring: ${note}.`)
  } else {
    try {
      state.restoredKey = await cache.restoreCache(cachePaths(state), exact, [exact, fallback])
      note = state.restoredKey ? `restored ${state.restoredKey}` : 'no earlier cache for this flake'
    } catch (error) {
      // A cache miss must never fail the build; the job just runs cold.
      note = `restore failed: ${errorMessage(error)}`
      core.warning(`Could not restore the cache: ${errorMessage(error)}`)
    }
  }
  state.restoredBlobInfo = blobInfoHash(state.blobInfoDir)
  if (existsSync(path.join(state.binaryCacheDir, 'nix-cache-info'))) {
    nix.commonArgs.push('--extra-substituters', `file://${state.binaryCacheDir}?trusted=1`)
  }
  updateState({ cache: state })
  core.info(note)
  return note
}

interface PathInfo {
  path: string
  ultimate?: boolean
  closureSize?: number
  narSize?: number
}

/** `nix path-info --json` prints a list up to Nix 2.18 and an object keyed by path since 2.19. */
export function parsePathInfo(stdout: string): PathInfo[] {
  const parsed = JSON.parse(stdout) as PathInfo[] | Record<string, Omit<PathInfo, 'path'> | null>
  if (Array.isArray(parsed)) return parsed
  return Object.entries(parsed).flatMap(([path, info]) => (info ? [{ ...info, path }] : []))
}

async function pathInfo(nixBin: string, paths: readonly string[], closureSize: boolean): Promise<PathInfo[]> {
  const infos: PathInfo[] = []
  for (let i = 0; i < paths.length; i += 500) {
    const chunk = paths.slice(i, i + 500)
    const result = await run(nixBin, ['path-info', '--json', ...(closureSize ? ['--closure-size'] : []), ...chunk], { silent: true })
    if (result.exitCode !== 0) throw new Error(`nix path-info failed: ${result.output.trim().slice(-500)}`)
    infos.push(...parsePathInfo(result.stdout))
  }
  return infos
}

/** This job's own paths: new in the store, and built here or taken from our cache. */
async function ownNewPaths(nixBin: string, state: CacheState): Promise<string[]> {
  const before = new Set(readFileSync(state.storeBeforeList, 'utf8').split('\n'))
  const added = storeEntries()
    .filter(name => !before.has(name) && !name.endsWith('.drv'))
    .map(name => path.join(STORE_DIR, name))
  if (added.length === 0) return []
  const fromOurCache = (storePath: string) => existsSync(path.join(state.binaryCacheDir, `${path.basename(storePath).slice(0, 32)}.narinfo`))
  const infos = await pathInfo(nixBin, added, false)
  return infos.filter(info => info.ultimate === true || fromOurCache(info.path)).map(info => info.path)
}

/** Keeps the cheapest closures within the cap; says which were left out. */
async function withinCap(nixBin: string, paths: string[], maxBytes: number): Promise<string[]> {
  const infos = (await pathInfo(nixBin, paths, true)).sort((a, b) => (a.closureSize ?? 0) - (b.closureSize ?? 0))
  const kept: string[] = []
  const dropped: PathInfo[] = []
  let total = 0
  for (const info of infos) {
    const size = info.closureSize ?? 0
    if (total + size <= maxBytes) {
      kept.push(info.path)
      total += size
    } else {
      dropped.push(info)
    }
  }
  if (dropped.length > 0) {
    const mib = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`
    core.warning(
      `The build cache would pass \`cache-max-size\` (${mib(maxBytes)}); left out ${dropped.length} path(s), largest first:\n` +
        dropped
          .reverse()
          .map(info => `  ${info.path} (${mib(info.closureSize ?? 0)} with its closure)`)
          .join('\n') +
        '\nRaise `cache-max-size` to keep them.'
    )
  }
  return kept
}

/** Rewrites the binary cache directory to hold exactly `paths` and their closures. */
async function rewriteBinaryCache(nixBin: string, dir: string, paths: readonly string[]): Promise<void> {
  const next = `${dir}.next`
  rmSync(next, { recursive: true, force: true })
  mkdirSync(path.dirname(dir), { recursive: true })
  // Uncompressed: the Actions cache compresses the whole directory with zstd anyway.
  for (let i = 0; i < paths.length; i += 500) {
    const result = await run(nixBin, ['copy', '--to', `file://${next}?compression=none`, ...paths.slice(i, i + 500)], { silent: true })
    if (result.exitCode !== 0) throw new Error(`nix copy failed: ${result.output.trim().slice(-500)}`)
  }
  rmSync(dir, { recursive: true, force: true })
  renameSync(next, dir)
}

export async function saveCache(nixBin: string, state: CacheState): Promise<void> {
  if (!cache.isFeatureAvailable()) {
    core.info('Not saving: the Actions cache service is not available to this job.')
    return
  }
  const own = await ownNewPaths(nixBin, state)
  rmSync(state.storeBeforeList, { force: true })
  const blobInfo = blobInfoHash(state.blobInfoDir)
  if (own.length === 0 && blobInfo === state.restoredBlobInfo) {
    core.info('Not saving: this job added nothing to the store or to skopeo\'s blob-info cache that the cache lacks.')
    return
  }
  const kept = own.length > 0 ? await withinCap(nixBin, own, state.maxBytes) : []
  // The key names the content, so an unchanged cache is never saved twice.
  const key = `${state.keyPrefix}${hash([...kept.map(p => path.basename(p)).sort(), blobInfo].join('\n'), 16)}`
  if (key === state.restoredKey) {
    core.info(`Not saving: the restored cache ${key} already holds what this job used.`)
    return
  }
  // With no new paths (only a push taught skopeo something), the restored
  // binary cache goes back as it came.
  if (kept.length > 0) await rewriteBinaryCache(nixBin, state.binaryCacheDir, kept)
  else mkdirSync(state.binaryCacheDir, { recursive: true })
  const id = await cache.saveCache(cachePaths(state), key)
  core.info(id === -1 ? `Cache ${key} was not saved (see above).` : `Saved ${kept.length} store path(s) and skopeo's blob-info cache as ${key}`)
}
