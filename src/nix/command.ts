// Running Nix: one place that knows the binary, the flags every command gets,
// and how to try again when a host rate-limits or the network drops.
import * as core from '@actions/core'
import { commandLine, run, type RunOptions, type RunResult } from '../process.js'
import { nixEnvironment } from '../child-env.js'
import { failedDerivations, traceTruncated, transientFailure, type TransientFailure } from './output.js'
import { retry, totalWaitSeconds } from '../retry.js'
import type { RunRecorder } from '../report/report.js'
import { stdoutSink, type LogSink } from '../report/log-sink.js'

/**
 * For Nix commands that run while nix.conf lacks the action's block (with
 * `nix-command`): the store check before configure, post's cache save after
 * the block is taken out.
 */
export const NIX_COMMAND = ['--extra-experimental-features', 'nix-command']

export interface Nix {
  bin: string
  version: string
  /** Flags for every command. */
  commonArgs: readonly string[]
  /**
   * nix.conf settings for every command, given through NIX_CONFIG
   * (child-env.ts nixEnvironment) to keep them off command lines: the
   * restored cache's substituter.
   */
  settings: readonly string[]
}

/** Runs the Nix binary itself (no retry, no report) with the run's flags' environment. */
export function runNixBin(nix: Nix, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return run(nix.bin, args, { ...options, env: nixEnvironment(nix.settings) })
}

export interface NixRun {
  result: RunResult
  attempts: number
  /** Why the last try failed, when the failure looked transient. */
  transient: TransientFailure | undefined
  /** What a silent re-run with `--show-trace` printed, when Nix hid the trace of an evaluation error. */
  trace?: string
}

export interface NixRunOptions {
  attempts: number
  silent?: boolean
  report?: RunRecorder
  /** The command as a user would type it locally; the real args by default. */
  reproduce?: string
  sink?: LogSink
  signal?: AbortSignal
}

/**
 * `args` with `flags` added where Nix still reads options: before a `--`
 * (after which every word is positional, so a value from the flake that
 * starts with `-` is never an option), or at the end.
 */
export function withFlags(args: readonly string[], flags: readonly string[]): string[] {
  const end = args.indexOf('--')
  return end < 0 ? [...args, ...flags] : [...args.slice(0, end), ...flags, ...args.slice(end)]
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
      // Nix retries a failed download itself (5 times, backing off for minutes
      // after a 429 from 2.34 on); one download try per command makes
      // `attempts` the number of tries in all, and the waits the action's own,
      // bounded and said in the log.
      const full = withFlags(args, [...nix.commonArgs, '--option', 'download-attempts', '1', ...(attempt > 1 ? ['--refresh'] : [])])
      const result = await runNixBin(nix, full, { silent: options.silent ?? false, sink, signal: options.signal })
      transient = result.exitCode === 0 ? undefined : transientFailure(result.output)
      const reason = transient ? `${transient.host ?? 'a host'} ${transient.kind === 'http' ? 'answered' : 'failed:'} ${transient.what}` : undefined
      return { result, retryReason: reason }
    },
    {
      attempts: options.attempts,
      onRetry: (attempt, wait, reason) => {
        sink.later(() => {
          core.warning(
            `Try ${attempt} of ${options.attempts} failed: ${reason}. Trying again with --refresh in ${wait} s ` +
              `(at most ${totalWaitSeconds(options.attempts)} s of waiting in all).`
          )
        })
      }
    }
  )
  const trace = result.exitCode !== 0 && !transient ? await fullTrace(nix, args, result.output, sink, options.signal) : undefined
  return { result, attempts, transient, ...(trace !== undefined ? { trace } : {}) }
}

/**
 * Nix 2.20+ prints an evaluation error's trace outermost-first and, without
 * `--show-trace`, cuts out the frames between flake.nix and the error: a
 * mistake in a helper file shows only flake.nix's `packages` line. Evaluating
 * again with `--show-trace`, only then, finds the line to annotate and keeps
 * the log as short as Nix made it (a full trace on every run would bury the
 * error under dozens of frames of nixpkgs).
 */
async function fullTrace(nix: Nix, args: readonly string[], output: string, sink: LogSink, signal?: AbortSignal): Promise<string | undefined> {
  if (!traceTruncated(output) || failedDerivations(output).length > 0) return undefined
  sink.later(() => {
    core.info('Nix cut the trace short; evaluating again with --show-trace to find the line to annotate (output not shown).')
  })
  const traced = await runNixBin(nix, withFlags(args, [...nix.commonArgs, '--show-trace']), { silent: true, signal })
  return traced.exitCode !== 0 ? traced.output : undefined
}

/** The message for a command that kept failing on a host; says what helps. */
export function transientAdvice(transient: TransientFailure, attempts: number): string {
  const host = transient.host ?? 'a download host'
  const failed = transient.kind === 'network' ? 'could not be reached' : 'rate-limited or failed'
  return (
    `${host} ${failed} (${transient.what}) on ${attempts === 1 ? 'its one try' : `all ${attempts} tries`}. ` +
    'What helps: a `github-token` (raises GitHub rate limits), more `attempts`, a `flake.lock` so inputs are fetched by revision, or trying again later.'
  )
}

/** `x86_64-linux` etc., as Nix sees this machine. */
export async function currentSystem(nix: Nix): Promise<string> {
  const result = await runNixBin(nix, ['eval', '--impure', '--raw', '--expr', 'builtins.currentSystem'], { silent: true })
  if (result.exitCode !== 0) throw new Error(`nix could not name this machine's system: ${result.output.trim()}`)
  return result.stdout.trim()
}
