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
}

// A reservation whose upload never finalized (the saving process died) stops
// blocking the key after this long, as abandoned reservations do on GitHub.
const RESERVATION_TTL_MS = 10 * 60 * 1000

export class EntryStore {
  private list: CacheEntry[] = []

  constructor(private readonly file?: string) {
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
      createdAt: new Date(now).toISOString(),
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
    this.save()
  }

  /**
   * GitHub's matching: per readable scope in order (the run's branch, then the
   * base/default branches), the primary key exactly, then each restore key
   * exactly and then as a prefix, newest first. Only finalized entries whose
   * version matches (same paths and compression) count.
   */
  lookup(key: string, restoreKeys: string[], version: string, scopes: string[]): CacheEntry | undefined {
    for (const scope of scopes) {
      const candidates = this.list
        .filter(e => e.finalized && e.version === version && e.scope === scope)
        .sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt) || b.id - a.id)
      const exact = candidates.find(e => e.key === key)
      if (exact) return exact
      for (const prefix of restoreKeys) {
        const hit = candidates.find(e => e.key === prefix) ?? candidates.find(e => e.key.startsWith(prefix))
        if (hit) return hit
      }
    }
    return undefined
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
