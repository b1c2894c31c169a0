// Everything main hands to post, in one typed record. It never holds a secret:
// post finds the token block by its markers, and the auth file by its path.
import * as core from '@actions/core'

export interface NixConfState {
  path: string
  existed: boolean
  /** Permission bits before the action touched the file. */
  mode: number | undefined
  /** A newline the action added because the file did not end in one. */
  addedNewline: boolean
  /** The link the file was, replaced by a private copy during the job. */
  symlink?: string | undefined
}

/** The daemon's nix.conf, with the job's user added to trusted-users. */
export interface TrustState {
  path: string
  existed: boolean
  addedNewline: boolean
}

export interface CacheState {
  /** Key prefix; post appends a hash of what it saves. */
  keyPrefix: string
  restoredKey: string | undefined
  binaryCacheDir: string
  /** skopeo's blob-info cache directory (BoltDB or SQLite files). */
  blobInfoDir: string
  /** File listing the store paths valid before this job's Nix work. */
  storeBeforeList: string
  maxBytes: number
  /** blobInfoHash() right after restore; post saves when a push changed it. */
  restoredBlobInfo: string
}

export interface ActionState {
  nixConf?: NixConfState
  authDir?: string
  /** Scratch space of the push (a streamed image.tar, the digest file). */
  pushDir?: string
  cache?: CacheState
  nixBin?: string
  trust?: TrustState
  /** udev rule that opened /dev/kvm to the job's user. */
  kvmRule?: string
  /** Unset when main was killed before it could say. */
  outcome?: 'succeeded' | 'failed' | 'cancelled'
}

const KEY = 'nix-flake-ci'
let current: ActionState = {}

/** Records `patch` at once, so a main killed mid-way still leaves post what it needs. */
export function updateState(patch: Partial<ActionState>): void {
  // A cancellation is final: work still winding down must not record itself
  // as failed or succeeded, or post would save a half-written cache.
  const outcome = current.outcome === 'cancelled' ? { outcome: current.outcome } : {}
  current = { ...current, ...patch, ...outcome }
  core.saveState(KEY, JSON.stringify(current))
}

export function loadState(): ActionState {
  const raw = core.getState(KEY)
  if (raw === '') return {}
  return JSON.parse(raw) as ActionState
}
