// A local stand-in for the GitHub Actions cache service, so the unmodified
// @actions/cache (saveCache / restoreCache) runs on loopback in tests,
// benchmarks and by hand (`npm run cache-server`).
//
// Pieces: Azurite holds the archives (blob storage), a small HTTP server speaks
// the cache service API v2 (Twirp) and hands out signed Azurite URLs, and an
// entry index maps key/version/scope to blobs. `env` is what a runner would
// export for it.
//
// Branch scoping is emulated the way GitHub does it: through the token, not the
// request (@actions/cache sends no GITHUB_REF). The env token writes to
// `ref` and reads `ref` then `readRefs`; tokenFor() mints one for another run.
//
// @actions/cache uses the v2 service only when GITHUB_SERVER_URL is unset or is
// github.com / *.ghe.com / *.localhost (anything else is "GHES", which gets v1,
// not implemented here). Proxy variables (HTTP(S)_PROXY) must not capture
// 127.0.0.1: both the Twirp client and the blob SDK honour them.
import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { startAzurite, type Azurite } from './cache-service/azurite.js'
import { BlobStore } from './cache-service/blobs.js'
import { EntryStore, type CacheEntry, type Eviction } from './cache-service/store.js'
import { mintRuntimeToken } from './cache-service/token.js'
import { RateLimit, startCacheApi, type CacheApi } from './cache-service/twirp.js'

export type { CacheEntry, Eviction } from './cache-service/store.js'

export interface CacheServiceOptions {
  /** Keep blobs and the entry index here so the cache survives restarts.
   *  Without it everything is in memory and gone on stop(). */
  dataDir?: string
  /** The run's GITHUB_REF: the scope the env token writes to. Default refs/heads/main. */
  ref?: string
  /** Further scopes the env token may read (e.g. a PR's base branch), in search order. */
  readRefs?: string[]
  /** Total size cap (GitHub: 10 GB a repository); past it the least recently used entries are evicted. */
  maxBytes?: number
  /** New entries allowed a minute (GitHub: 200); past it CreateCacheEntry answers 429 with Retry-After. */
  entriesPerMinute?: number
}

export interface CacheService {
  /** Runner environment for @actions/cache: ACTIONS_CACHE_SERVICE_V2,
   *  ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN. Not GITHUB_REF: the client
   *  never sends it (the scope travels in the token), and setting it would
   *  clobber what a test chose for the action itself. */
  env: Record<string, string>
  /** A runtime token for a run on `ref` that may also read `readRefs`. */
  tokenFor(ref: string, readRefs?: string[]): string
  /** A snapshot of the entry index. */
  entries(): CacheEntry[]
  /** Entries evicted to keep within maxBytes, oldest first. */
  evictions(): Eviction[]
  /** Entries handed to restores so far, in order: what clients downloaded. */
  served(): CacheEntry[]
  /** Saves refused with 429 so far. */
  rateLimited(): number
  /** Changes the size cap (a test scales it to its own entries); applied from the next save on. */
  setMaxBytes(bytes: number): void
  /**
   * For jobs GitHub starts together, run here one after another: until the
   * returned function is called, restores see only the entries saved before.
   */
  startTogether(): () => void
  stop(): Promise<void>
}

export async function startCacheService(opts: CacheServiceOptions = {}): Promise<CacheService> {
  const ref = opts.ref ?? 'refs/heads/main'
  let indexFile: string | undefined
  let blobDir: string | undefined
  if (opts.dataDir) {
    blobDir = join(opts.dataDir, 'azurite')
    mkdirSync(blobDir, { recursive: true })
    indexFile = join(opts.dataDir, 'cache-entries.json')
  }
  const entries = new EntryStore(indexFile, opts.maxBytes ?? Infinity)
  const rateLimit = new RateLimit(opts.entriesPerMinute ?? Infinity)
  const azurite = await startAzurite(blobDir)
  try {
    const blobs = new BlobStore(azurite.accountUrl)
    await blobs.init()
    // Tokens are only meaningful to this run of the service.
    const secret = randomBytes(32)
    const api = await startCacheApi(secret, entries, blobs, rateLimit)
    const tokenFor = (r: string, readRefs: string[] = []): string => mintRuntimeToken(secret, r, readRefs)
    let stopping: Promise<void> | undefined
    return {
      env: {
        ACTIONS_CACHE_SERVICE_V2: 'True',
        ACTIONS_RESULTS_URL: api.url,
        ACTIONS_RUNTIME_TOKEN: tokenFor(ref, opts.readRefs)
      },
      tokenFor,
      entries: () => entries.all(),
      evictions: () => entries.evictions(),
      served: () => entries.served(),
      rateLimited: () => rateLimit.refused,
      setMaxBytes: bytes => {
        entries.setMaxBytes(bytes)
      },
      startTogether: () => entries.startTogether(),
      stop: () => (stopping ??= stopBoth(api, azurite))
    }
  } catch (error) {
    await azurite.stop()
    throw error
  }
}

async function stopBoth(api: CacheApi, azurite: Azurite): Promise<void> {
  try {
    await api.close()
  } finally {
    await azurite.stop()
  }
}
