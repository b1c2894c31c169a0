// Everything main hands to post, in one typed record. It never holds a secret:
// post finds the token block by its markers, and the auth file by its path.
import * as core from '@actions/core'
import type { KeyPrefixes } from './cache/keys.js'
import type { SavePolicy } from './cache/save-policy.js'
import type { BlockState } from './runner/nix-conf.js'

/** The user's nix.conf, with the action's block (token, flakes, extra-conf). */
export interface NixConfState extends BlockState {
  /** Permission bits before the action touched the file. */
  mode: number | undefined
  /** The link the file was, replaced by a private copy during the job. */
  symlink?: string | undefined
}

/** The daemon's nix.conf, with the job's user added to trusted-users. */
export type TrustState = BlockState

export interface CacheState {
  nixVersion: string
  /** Key prefixes (cache/keys.ts); post appends a hash of what it saves. */
  prefixes: KeyPrefixes
  /** The Nix entry restored: a branch's whole set (for a pull request, its base branch's). */
  restoredKey: string | undefined
  /** A pull request's own delta, restored on top. */
  restoredDeltaKey: string | undefined
  /** File listing the hashes the base entry held (pull requests: what their delta leaves out). */
  baseList: string | undefined
  restoredBlobInfoKey: string | undefined
  /** The job's RUNNER_TEMP, where post writes the signing key for the moment it signs. */
  runnerTemp: string
  /** Under RUNNER_TEMP: emptied before the restore, served only when a restore filled it. */
  binaryCacheDir: string
  /** skopeo's blob-info cache directory (BoltDB or SQLite files). */
  blobInfoDir: string
  /** File the stages append the derivations and outputs they asked Nix for (cache/roots.ts). */
  rootsFile: string
  /** File the loopback substituter appends each .narinfo hash it served to. */
  hitsFile: string
  /** A matrix job's: the named checks' derivations, written once they all passed (cache/roots.ts). */
  checkSetFile?: string | undefined
  maxBytes: number
  policy: SavePolicy
}

/** What the push stage pushed, so post can key skopeo's knowledge of it. */
export interface PushedState {
  repository: string
  digest: string
}

export interface ActionState {
  nixConf?: NixConfState
  authDir?: string
  /** Scratch space of the push (a streamed image.tar, the digest file). */
  pushDir?: string
  cache?: CacheState
  pushed?: PushedState
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
