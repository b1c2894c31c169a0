// skopeo's blob-info cache: which layers it already pushed where, so a re-push
// of an unchanged image sends HEAD requests instead of the layers. skopeo up
// to 1.13 keeps it in a BoltDB file, 1.14 and later in SQLite (with `-wal` and
// `-shm` companions while it is open). The action never reads either format:
// it carries whichever files the installed skopeo left, byte for byte, so an
// upgrade of skopeo needs no code here.
import { existsSync } from 'node:fs'
import path from 'node:path'

/** Every file name skopeo's blob-info cache may live in, oldest format first. */
export const BLOB_INFO_FILES = [
  'blob-info-cache-v1.boltdb',
  'blob-info-cache-v1.sqlite',
  'blob-info-cache-v1.sqlite-wal',
  'blob-info-cache-v1.sqlite-shm'
] as const

export type BlobInfoFormat = 'sqlite' | 'boltdb' | 'none'

/** The directory of skopeo's blob-info cache: system-wide for root, under XDG data for everyone else. */
export function blobInfoCacheDir(env: NodeJS.ProcessEnv, home: string, uid: number | undefined): string {
  if (uid === 0) return '/var/lib/containers/cache'
  const dataHome = env['XDG_DATA_HOME'] || path.join(home, '.local', 'share')
  return path.join(dataHome, 'containers', 'cache')
}

/**
 * The paths the Actions cache carries: all the names, whether or not they
 * exist now. The list must be the same at restore and at save (the cache's
 * version hashes it), and @actions/cache skips the names with no file.
 */
export function blobInfoCachePaths(dir: string): string[] {
  return BLOB_INFO_FILES.map(name => path.join(dir, name))
}

/** Which format is on disk: SQLite when both are (skopeo 1.14+ ignores the BoltDB file). */
export function blobInfoFormat(dir: string): BlobInfoFormat {
  if (existsSync(path.join(dir, 'blob-info-cache-v1.sqlite'))) return 'sqlite'
  if (existsSync(path.join(dir, 'blob-info-cache-v1.boltdb'))) return 'boltdb'
  return 'none'
}
