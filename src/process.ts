// Runs a tool without a shell, streams its output into the log as it comes,
// and keeps the tail of it for error messages and annotations.
//
// Our own spawn rather than @actions/exec because cancellation must reach the
// children: exec does not hand out the ChildProcess, and a runner's SIGINT to
// the action would leave a half-done skopeo copy running.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { pipeline } from 'node:stream/promises'
import { stdoutSink, type LogSink } from './report/log-sink.js'
import { childEnvironment } from './child-env.js'
import { ansiCQuoted, hasControl } from './report/log-text.js'
import { constants as osConstants } from 'node:os'

export interface RunOptions {
  /** Written to the child's stdin, then closed (skopeo's --password-stdin). */
  input?: string
  env?: NodeJS.ProcessEnv
  cwd?: string
  /** Keep the output out of the log (it is still returned). */
  silent?: boolean
  /** Where the output goes when not silent; stdout by default. */
  sink?: LogSink
  /** Stops the child (SIGTERM) when aborted. */
  signal?: AbortSignal
  /** Writes the child's stdout to this file (mode 0600) instead of the log. */
  stdoutFile?: string
}

export interface RunResult {
  exitCode: number
  /** stdout and stderr interleaved as they arrived; the last MAX_KEPT bytes. */
  output: string
  stdout: string
}

const MAX_KEPT = 1024 * 1024
const live = new Set<ChildProcess>()
/** `::stop-commands::` tokens whose resume line is not written yet. */
const stoppedTokens = new Set<string>()
/** Set once the job is cancelled: no new tool starts, and no result of a stopped one is acted on. */
let cancelled = false

function keepTail(text: string): string {
  return text.length > MAX_KEPT ? text.slice(text.length - MAX_KEPT) : text
}

/**
 * The command as a shell would take it, on one line: it is printed before
 * workflow commands are switched off, so an argument holding a line break
 * (from the flake) is written in `$'…'` form and can never start a line.
 */
export function commandLine(command: string, args: readonly string[]): string {
  // `&` ends a command, `?` is a glob (zsh stops on one that matches nothing)
  // and a leading `#` starts a comment, so those are quoted too.
  return [command, ...args].map(shellWord).join(' ')
}

function shellWord(arg: string): string {
  if (/^[\w@%+=:,./-][\w@%+=:,./#-]*$/.test(arg)) return arg
  return hasControl(arg) ? ansiCQuoted(arg) : `'${arg.replace(/'/g, `'\\''`)}'`
}

/**
 * Tool output may come from the code under test (a pull request's check), so
 * workflow commands in it are switched off while it streams.
 */
export function withCommandsStopped<T>(sink: LogSink | undefined, work: () => Promise<T>): Promise<T> {
  if (!sink) return work()
  const token = randomBytes(16).toString('hex')
  stoppedTokens.add(token)
  sink.write(`::stop-commands::${token}\n`)
  return work().finally(() => {
    stoppedTokens.delete(token)
    sink.write(`::${token}::\n`)
  })
}

/**
 * Switches workflow commands back on wherever a tool's output had switched
 * them off, so that the action's own last words (the cancellation error) are
 * annotations, not text. A resume line for a token the runner never saw is
 * printed as plain text and harms nothing.
 */
export function resumeWorkflowCommands(): void {
  for (const token of stoppedTokens) process.stdout.write(`::${token}::\n`)
  stoppedTokens.clear()
}

export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  // After a cancellation nothing new starts; the job is about to exit.
  if (cancelled) return new Promise<RunResult>(() => undefined)
  const sink = options.silent ? undefined : (options.sink ?? stdoutSink)
  sink?.write(`[command]${commandLine(command, args)}\n`)
  return withCommandsStopped(
    sink,
    () =>
      new Promise<RunResult>((resolve, reject) => {
        const child = spawn(command, [...args], {
          env: options.env ?? childEnvironment(),
          cwd: options.cwd,
          stdio: ['pipe', 'pipe', 'pipe']
        })
        live.add(child)
        const stop = () => child.kill('SIGTERM')
        options.signal?.addEventListener('abort', stop, { once: true })
        if (options.signal?.aborted) stop()
        let output = ''
        let stdout = ''
        const onData = (isStdout: boolean) => (chunk: Buffer) => {
          const text = chunk.toString('utf8')
          sink?.write(text)
          output = keepTail(output + text)
          if (isStdout) stdout = keepTail(stdout + text)
        }
        const fileDone = options.stdoutFile ? pipeline(child.stdout, createWriteStream(options.stdoutFile, { mode: 0o600 })) : undefined
        if (!fileDone) child.stdout.on('data', onData(true))
        child.stderr.on('data', onData(false))
        child.on('error', error => {
          live.delete(child)
          const code = (error as NodeJS.ErrnoException).code
          reject(code === 'ENOENT' ? new Error(`\`${command}\` was not found on PATH`) : error)
        })
        child.on('close', (code, signal) => {
          live.delete(child)
          // A child stopped by the cancellation failed for no reason of its
          // own: leave its caller waiting rather than retry it or report it.
          if (cancelled) return
          options.signal?.removeEventListener('abort', stop)
          if (output !== '' && !output.endsWith('\n')) sink?.write('\n')
          // A shell's code for a process killed by a signal (137 for SIGKILL, what the OOM killer sends).
          const result = { exitCode: code ?? (signal ? 128 + osConstants.signals[signal] : 1), output, stdout }
          if (fileDone)
            fileDone.then(() => {
              resolve(result)
            }, reject)
          else resolve(result)
        })
        child.stdin.on('error', () => {
          // The child may exit before reading stdin; its exit code tells the story.
        })
        child.stdin.end(options.input ?? '')
      })
  )
}

/**
 * Stops every running child when the runner cancels the job: SIGTERM, then
 * SIGKILL for any still there after `graceMs`. Resolves once all have exited,
 * so the action never exits leaving a half-done skopeo copy behind.
 */
export async function stopChildren(graceMs = 5000): Promise<number> {
  cancelled = true
  const children = [...live]
  const exited = children.map(child =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>(resolve =>
          child.once('exit', () => {
            resolve()
          })
        )
  )
  for (const child of children) child.kill('SIGTERM')
  const kill = setTimeout(() => {
    for (const child of children) child.kill('SIGKILL')
  }, graceMs)
  await Promise.all(exited)
  clearTimeout(kill)
  return children.length
}
