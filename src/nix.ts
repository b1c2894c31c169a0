// Running Nix: one place that knows the binary, the flags every command gets,
// and how to try again when a host rate-limits or the network drops.
import { realpathSync } from 'node:fs'
import * as core from '@actions/core'
import { commandLine, run, type RunResult } from './process.js'
import { transientFailure, type TransientFailure } from './nix-output.js'
import { retry } from './retry.js'
import type { Report } from './report.js'
import { stdoutSink, type LogSink } from './log-sink.js'

export interface Nix {
  bin: string
  version: string
  /** Flags for every command, e.g. the restored cache as an extra substituter. */
  commonArgs: string[]
}

export interface NixRun {
  result: RunResult
  attempts: number
  /** Why the last try failed, when the failure looked transient. */
  transient: TransientFailure | undefined
}

export interface NixRunOptions {
  attempts: number
  silent?: boolean
  report?: Report
  /** The command as a user would type it locally; the real args by default. */
  reproduce?: string
  sink?: LogSink
  signal?: AbortSignal
}

/**
 * Runs `nix <args>`; a transient failure is tried again, up to `attempts`
 * times, with `--refresh` so Nix does not reuse a cached failure.
 */
export async function runNix(nix: Nix, args: readonly string[], options: NixRunOptions): Promise<NixRun> {
  let transient: TransientFailure | undefined
  const sink = options.sink ?? stdoutSink
  options.report?.command(options.reproduce ?? commandLine('nix', args))
  const { result, attempts } = await retry(
    async attempt => {
      const full = [...args, ...nix.commonArgs, ...(attempt > 1 ? ['--refresh'] : [])]
      const result = await run(nix.bin, full, { silent: options.silent ?? false, sink, signal: options.signal })
      transient = result.exitCode === 0 ? undefined : transientFailure(result.output)
      const reason = transient ? `${transient.host ?? 'a host'} answered ${transient.what}` : undefined
      return { result, retryReason: reason }
    },
    {
      attempts: options.attempts,
      onRetry: (attempt, wait, reason) =>
        sink.later(() => core.warning(`Try ${attempt} of ${options.attempts} failed: ${reason}. Trying again with --refresh in ${wait} s.`))
    }
  )
  return { result, attempts, transient }
}

/** The message for a command that kept failing on a host; says what helps. */
export function transientAdvice(transient: TransientFailure, attempts: number): string {
  const host = transient.host ?? 'a download host'
  return (
    `${host} rate-limited or failed (${transient.what}) on ${attempts === 1 ? 'its one try' : `all ${attempts} tries`}. ` +
    'What helps: a `github-token` (raises GitHub rate limits), more `attempts`, a `flake.lock` so inputs are fetched by revision, or trying again later.'
  )
}

/** `x86_64-linux` etc., as Nix sees this machine. */
export async function currentSystem(nix: Nix): Promise<string> {
  const result = await run(nix.bin, ['eval', '--impure', '--raw', '--expr', 'builtins.currentSystem'], { silent: true })
  if (result.exitCode !== 0) throw new Error(`nix could not name this machine's system: ${result.output.trim()}`)
  return result.stdout.trim()
}

/**
 * The version a Nix store path names: the installers link `nix` into
 * `/nix/store/<hash>-nix-2.24.10/bin/nix`, so no process is needed to know it.
 */
export function versionFromStorePath(realPath: string): string | undefined {
  return /\/nix\/store\/[0-9a-z]{32}-nix-(\d+\.\d+(?:\.\d+)?(?:pre[0-9_a-z]+)?)\//.exec(realPath)?.[1]
}

export async function nixVersion(bin: string): Promise<string> {
  try {
    const fromPath = versionFromStorePath(realpathSync(bin))
    if (fromPath) return fromPath
  } catch {
    // fall through to asking nix
  }
  const result = await run(bin, ['--version'], { silent: true })
  const version = /(\d+\.\d+(?:\.\d+)?[^\s]*)/.exec(result.stdout)?.[1]
  if (result.exitCode !== 0 || !version) throw new Error(`\`${bin} --version\` failed: ${result.output.trim()}`)
  return version
}
