// Running a command as root: directly when the job is root, else through
// passwordless sudo. Never a shell; file contents go on stdin (`tee`).
import { run, type RunResult } from '../process.js'
import type { Host } from './host.js'

export async function runAsRoot(host: Host, command: string, args: readonly string[], options: { input?: string } = {}): Promise<RunResult> {
  if (!host.root && !host.sudo) throw new Error(`\`${command}\` needs root, and the job runs as ${host.user} without passwordless sudo`)
  // -n: fail at once rather than wait for a password nobody types.
  const [bin, argv] = host.root ? [command, args] : ['sudo', ['-n', command, ...args]]
  return run(bin, argv, { silent: true, input: options.input ?? '' })
}

/** Runs it and throws with what it printed when it fails. */
export async function runAsRootOk(host: Host, command: string, args: readonly string[], options: { input?: string } = {}): Promise<RunResult> {
  const result = await runAsRoot(host, command, args, options)
  if (result.exitCode !== 0) throw new Error(`\`${[command, ...args].join(' ')}\` (as root) exited with ${result.exitCode}: ${result.output.trim()}`)
  return result
}

/** Replaces a root-owned file's content, keeping its owner and mode (tee truncates in place). */
export async function writeAsRoot(host: Host, file: string, content: string): Promise<void> {
  await runAsRootOk(host, 'tee', [file], { input: content })
}
