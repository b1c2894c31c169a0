// The Nix binary and running it bare (no retry, no report): light enough for
// the entry point's head start (head-start.ts), which runs before the rest
// of the action loads. command.ts adds retries and the log around it.
import { run, type RunOptions, type RunResult } from '../process.js'
import { nixEnvironment } from '../child-env.js'

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
