// Running a command as root: directly when the job is root, else through
// passwordless sudo. Never a shell; file contents go on stdin (`tee`).
import { randomBytes } from 'node:crypto'
import { realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'
import { run, type RunResult } from '../process.js'
import { privileged, type Host } from './host.js'

interface RootOptions {
  input?: string
  /** Where the command's stdout goes instead of the result (and so any error message). */
  stdoutFile?: string
}

export async function runAsRoot(host: Host, command: string, args: readonly string[], options: RootOptions = {}): Promise<RunResult> {
  if (!privileged(host)) throw new Error(`\`${command}\` needs root, and the job runs as ${host.user} without passwordless sudo`)
  // -n: fail at once rather than wait for a password nobody types.
  const [bin, argv] = host.root ? [command, args] : ['sudo', ['-n', command, ...args]]
  return run(bin, argv, { silent: true, input: options.input ?? '', stdoutFile: options.stdoutFile })
}

/** Runs it and throws with what it printed when it fails. */
export async function runAsRootOk(host: Host, command: string, args: readonly string[], options: RootOptions = {}): Promise<RunResult> {
  const result = await runAsRoot(host, command, args, options)
  if (result.exitCode !== 0) throw new Error(`\`${[command, ...args].join(' ')}\` (as root) exited with ${result.exitCode}: ${result.output.trim()}`)
  return result
}

function statOrUndefined(file: string): Stats | undefined {
  try {
    return statSync(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

/** Where a link points (NixOS links /etc/nix/nix.conf), so the link itself stays. */
function realTarget(file: string): string {
  try {
    return realpathSync(file)
  } catch {
    return file
  }
}

/**
 * Replaces a root-owned file's content, keeping its owner and mode: the new
 * content goes into a temp file beside it, which is then renamed over it. A
 * job cancelled mid-way leaves the old file or the new one, never a truncated
 * one (as `tee` in place would: the daemon then starts with no settings).
 * tee copies the content to stdout too: that goes to /dev/null, so a
 * failure's message holds tee's complaint, not the file (the daemon's
 * nix.conf may hold an administrator's access-tokens).
 */
export async function writeAsRoot(host: Host, file: string, content: string): Promise<void> {
  const target = realTarget(file)
  const before = statOrUndefined(target)
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.nix-flake-ci-${randomBytes(6).toString('hex')}`)
  const mode = ((before?.mode ?? 0o644) & 0o7777).toString(8)
  const owner = before ? ['-o', String(before.uid), '-g', String(before.gid)] : []
  try {
    // Made empty with the final owner and mode first, so the content is never
    // readable by more users than the file's.
    await runAsRootOk(host, 'install', ['-m', mode, ...owner, '/dev/null', temp])
    await runAsRootOk(host, 'tee', [temp], { input: content, stdoutFile: '/dev/null' })
    await runAsRootOk(host, 'mv', ['-f', temp, target])
  } catch (error) {
    await runAsRoot(host, 'rm', ['-f', temp]).catch(() => undefined)
    throw error
  }
}
