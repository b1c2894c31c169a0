// What kind of failure a failed build was, read from Nix's messages and the
// builder's last log lines: a stale fixed-output hash, a builder killed (by
// the kernel's OOM killer or another signal), a runner out of disk. Nix words
// these alike from 2.8 to 2.34 (`builder for '…' failed due to signal 9` or
// `Cannot build '…'. Reason: builder failed due to signal 9`).

export interface HashMismatch {
  drv: string
  /** The hash the derivation states, as Nix printed it. */
  specified: string
  /** The hash of what the builder produced: the one to write. */
  got: string
}

// `hash mismatch in fixed-output derivation '<drv>':` then `specified:` (Nix
// 2.4+) or `wanted:` (before), and `got:`.
const MISMATCH = /hash mismatch in fixed-output derivation '(\/[^']+\.drv)':\s*(?:[^\n]*\n)*?\s*(?:specified|wanted):\s*(\S+)\s*\n\s*got:\s*(\S+)/g

export function hashMismatches(output: string): HashMismatch[] {
  const found: HashMismatch[] = []
  for (const match of output.matchAll(MISMATCH)) {
    const [, drv = '', specified = '', got = ''] = match
    if (!found.some(known => known.drv === drv)) found.push({ drv, specified, got })
  }
  return found
}

export type ResourceKind = 'killed' | 'disk'

export interface ResourceFailure {
  kind: ResourceKind
  /** What was seen: `signal 9`, `exit code 137`, `No space left on device`. */
  evidence: string
}

/**
 * Whether a derivation failed for want of memory or disk rather than because
 * of its code: its builder died of signal 9 (what the OOM killer sends), a
 * process of it did (a shell's exit code 137, 128 + 9), or a write found the
 * disk full. `message` is Nix's error for the derivation, `log` its last lines.
 */
export function resourceFailure(message: string, log: readonly string[]): ResourceFailure | undefined {
  if (log.some(line => /No space left on device/i.test(line)) || /No space left on device/i.test(message)) {
    return { kind: 'disk', evidence: 'No space left on device' }
  }
  const signal = /failed due to signal (\d+)/.exec(message)
  if (signal) return { kind: 'killed', evidence: `signal ${signal[1] ?? '?'}` }
  if (/failed with exit code 137\b/.test(message)) return { kind: 'killed', evidence: 'exit code 137 (signal 9)' }
  return undefined
}

/** What helps, said to the user, for a build that ran out of a resource. */
export function resourceAdvice(failure: ResourceFailure): string {
  if (failure.kind === 'disk') {
    return (
      'The runner ran out of disk (`No space left on device`): this is not a failing test. ' +
      'What helps: freeing disk before the build (remove unused toolchains from the runner image, `nix-collect-garbage`), ' +
      'a `cache` that keeps fewer paths, or a runner with a larger disk.'
    )
  }
  return (
    `The builder was killed (${failure.evidence}), most often by the kernel when the runner ran out of memory: this is not a failing test. ` +
    'What helps: fewer builds at once (`max-jobs = 1` in `extra-conf`), fewer threads per build (`cores = 1`), ' +
    'or a runner with more memory.'
  )
}
