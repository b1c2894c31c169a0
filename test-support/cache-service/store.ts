// The cache service's entry index: which key/version/scope lives in which blob.
//
// Kept in memory, and mirrored to a JSON file when the service has a data
// directory so a cache outlives the process (Azurite keeps the blobs there
// too). One service per data directory at a time: nothing locks the file.
import { randomUUID } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'

export interface CacheEntry {
  id: number
  key: string
  /** @actions/cache's version hash: sha256 of the paths, compression, salt. */
  version: string
  /** The writable scope of the creating run's token (its GITHUB_REF). */
  scope: string
  /** ISO time the entry was created (reserved); "newest" is judged by it. */
  createdAt: string
  blobName: string
  /** Archive size reported at finalize; 0 until then. */
  sizeBytes: number
  finalized: boolean
  /** ISO time of the last restore that matched it (or its creation): what LRU eviction goes by. */
  lastAccessedAt?: string
}

/** What the service did to keep within its size cap, oldest first. */
export interface Eviction {
  key: string
  scope: string
  sizeBytes: number
  at: string
}

// A reservation whose upload never finalized (the saving process died) stops
// blocking the key after this long, as abandoned reservations do on GitHub.
const RESERVATION_TTL_MS = 10 * 60 * 1000

export class EntryStore {
  private list: CacheEntry[] = []
  private evictedList: Eviction[] = []
  private servedList: CacheEntry[] = []
  /** A strictly increasing clock, so two events in one millisecond still order. */
  private lastTick = 0

  /**
   * `maxBytes`: GitHub's per-repository cap (10 GB there): past it, the least
   * recently used entries go until the rest fit.
   */
  constructor(
    private readonly file?: string,
    private maxBytes = Infinity
  ) {
    if (file) {
      try {
        this.list = JSON.parse(readFileSync(file, 'utf8')) as CacheEntry[]
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
      }
    }
  }

  all(): CacheEntry[] {
    return this.list.map(e => ({ ...e }))
  }

  /** A new cap, applied from the next save on. */
  setMaxBytes(bytes: number): void {
    this.maxBytes = bytes
  }

  evictions(): Eviction[] {
    return this.evictedList.map(e => ({ ...e }))
  }

  /** Every entry a restore was handed, in order (a client downloads what it is handed). */
  served(): CacheEntry[] {
    return this.servedList.map(e => ({ ...e }))
  }

  private tick(): string {
    this.lastTick = Math.max(Date.now(), this.lastTick + 1)
    return new Date(this.lastTick).toISOString()
  }

  /**
   * Reserves key+version in scope, or returns undefined when an entry for
   * them already exists (finalized, or still uploading): GitHub never
   * overwrites a cache entry, so a second save of the same key is refused.
   */
  reserve(key: string, version: string, scope: string): CacheEntry | undefined {
    const now = Date.now()
    const existing = this.find(key, version, scope)
    if (existing) {
      const stale = !existing.finalized && now - Date.parse(existing.createdAt) > RESERVATION_TTL_MS
      if (!stale) return undefined
      this.list = this.list.filter(e => e !== existing)
    }
    const id = this.list.reduce((max, e) => Math.max(max, e.id), 0) + 1
    const entry: CacheEntry = {
      id,
      key,
      version,
      scope,
      createdAt: this.tick(),
      blobName: `${id}-${randomUUID()}`,
      sizeBytes: 0,
      finalized: false
    }
    this.list.push(entry)
    this.save()
    return entry
  }

  /** The reserved, not yet finalized entry for key+version in scope. */
  pending(key: string, version: string, scope: string): CacheEntry | undefined {
    const entry = this.find(key, version, scope)
    return entry && !entry.finalized ? entry : undefined
  }

  finalize(entry: CacheEntry, sizeBytes: number): void {
    entry.sizeBytes = sizeBytes
    entry.finalized = true
    entry.lastAccessedAt = this.tick()
    this.evictOverCap()
    this.save()
  }

  /** Least recently used first, until the finalized entries fit in maxBytes (the newest always stays). */
  private evictOverCap(): void {
    const used = (e: CacheEntry) => Date.parse(e.lastAccessedAt ?? e.createdAt)
    for (;;) {
      const live = this.list.filter(e => e.finalized)
      const total = live.reduce((sum, e) => sum + e.sizeBytes, 0)
      if (total <= this.maxBytes || live.length <= 1) return
      const oldest = live.sort((a, b) => used(a) - used(b) || a.id - b.id)[0] as CacheEntry
      this.list = this.list.filter(e => e !== oldest)
      this.evictedList.push({ key: oldest.key, scope: oldest.scope, sizeBytes: oldest.sizeBytes, at: this.tick() })
    }
  }

  /**
   * GitHub's matching: per readable scope in order (the run's branch, then the
   * base/default branches), the primary key exactly, then each restore key
   * exactly and then as a prefix, newest first. Only finalized entries whose
   * version matches (same paths and compression) count.
   */
  lookup(key: string, restoreKeys: string[], version: string, scopes: string[]): CacheEntry | undefined {
    const cutoff = this.restoreCutoff ?? Infinity
    for (const scope of scopes) {
      const candidates = this.list
        .filter(e => e.finalized && e.version === version && e.scope === scope && e.id <= cutoff)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
      const exact = candidates.find(e => e.key === key)
      if (exact) return this.used(exact)
      for (const prefix of restoreKeys) {
        const hit = candidates.find(e => e.key === prefix) ?? candidates.find(e => e.key.startsWith(prefix))
        if (hit) return this.used(hit)
      }
    }
    return undefined
  }

  /** While set, lookups see only entries up to this id. */
  private restoreCutoff: number | undefined

  /**
   * Jobs GitHub starts together each restore before any of them saves: run
   * one after another, their lookups see only the entries saved before the
   * call, until the function returned is called.
   */
  startTogether(): () => void {
    this.restoreCutoff = Math.max(0, ...this.list.map(e => e.id))
    return () => {
      this.restoreCutoff = undefined
    }
  }

  private used(entry: CacheEntry): CacheEntry {
    entry.lastAccessedAt = this.tick()
    this.servedList.push({ ...entry })
    this.save()
    return entry
  }

  private find(key: string, version: string, scope: string): CacheEntry | undefined {
    return this.list.find(e => e.key === key && e.version === version && e.scope === scope)
  }

  // Write-then-rename so a killed process never leaves a half-written index.
  private save(): void {
    if (!this.file) return
    const tmp = `${this.file}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify(this.list, null, 2))
    renameSync(tmp, this.file)
  }
}
