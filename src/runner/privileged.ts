// Running a command as root: directly when the job is root, else through
// passwordless sudo. Never a shell; file contents go on stdin (`tee`).
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

/**
 * Replaces a root-owned file's content, keeping its owner and mode (tee
 * truncates in place). tee copies the content to stdout too: that goes to
 * /dev/null, so a failure's message holds tee's complaint, not the file (the
 * daemon's nix.conf may hold an administrator's access-tokens).
 */
export async function writeAsRoot(host: Host, file: string, content: string): Promise<void> {
  await runAsRootOk(host, 'tee', [file], { input: content, stdoutFile: '/dev/null' })
}
