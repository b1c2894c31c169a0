// Cache keys. Each entry's key ends in a hash of what it holds, so an entry
// whose content did not change gets the same key and is never saved twice,
// and restoring by prefix picks the newest entry of its kind.
import { createHash } from 'node:crypto'
import type { Inputs } from '../plan/inputs.js'
import type { RunContext } from '../plan/context.js'

const VERSION = 'v2'

export function shortHash(text: string, length = 16): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length)
}

export interface KeyPrefixes {
  /** The Nix paths a trusted branch run relied on (its whole set). */
  nix: string
  /** What a pull-request run added to the base branch's entry (see save-policy.ts). */
  delta: string
  /** skopeo's blob-info cache for one registry and image. */
  blobInfo: string
  /**
   * A matrix job's entries (`checks: <system>.<name>`), keyed by its checks'
   * derivations; its `nix` prefix is then main's own entry, what the job
   * restores first and leaves out of what it saves.
   */
  checkSet?: string
}

export function keyPrefixes(inputs: Inputs, context: RunContext): KeyPrefixes {
  const where = `${context.platform}-${context.arch}`
  const system = inputs.checksSystem
  // A matrix job's base is the entry of main's runs that check or build the flake as a whole.
  const what = shortHash(JSON.stringify([inputs.flake, inputs.package, system === undefined ? inputs.checks : []]), 12)
  const image = shortHash(`${inputs.registry}/${inputs.image}`, 12)
  return {
    nix: `nix-flake-ci-${VERSION}-nix-${where}-${what}-`,
    delta: `nix-flake-ci-${VERSION}-nix-delta-${where}-${what}-`,
    blobInfo: `nix-flake-ci-${VERSION}-skopeo-${where}-${image}-`,
    ...(system === undefined ? {} : { checkSet: checkEntryPrefix(inputs.flake, system) })
  }
}

/** The key of a set of store paths: their names, sorted, hashed. */
export function storePathsKey(prefix: string, names: Iterable<string>): string {
  return `${prefix}${shortHash([...names].sort().join('\n'))}`
}

/**
 * The key of skopeo's knowledge after pushing `digest`: the same image pushed
 * again teaches it nothing new; the format is in the key so a runner whose
 * skopeo moved from BoltDB to SQLite saves the new file once.
 */
export function blobInfoKey(prefix: string, format: string, digest: string): string {
  return `${prefix}${format}-${shortHash(digest)}`
}

/**
 * Where a matrix job's entry goes: per flake and Nix system (not per runner
 * kind: the plan, on one runner, asks for every system's entries).
 */
export function checkEntryPrefix(flake: string, system: string): string {
  return `nix-flake-ci-${VERSION}-checks-${system}-${shortHash(flake, 12)}-`
}

/**
 * A matrix job's key: a hash of its checks' derivations. Its entry is saved
 * only when they all passed, so a key found means those checks passed with
 * those exact derivations; a changed check changes its job's key.
 */
export function checkSetKey(prefix: string, drvs: Iterable<string>): string {
  return `${prefix}${shortHash([...new Set(drvs)].sort().join('\n'))}`
}
