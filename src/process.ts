// Runs a tool without a shell, streams its output into the log as it comes,
// and keeps the tail of it for error messages and annotations.
//
// Our own spawn rather than @actions/exec because cancellation must reach the
// children: exec does not hand out the ChildProcess, and a runner's SIGINT to
// the action would leave a half-done skopeo copy running.
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { stdoutSink, type LogSink } from './log-sink.js'

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
}

export interface RunResult {
  exitCode: number
  /** stdout and stderr interleaved as they arrived; the last MAX_KEPT bytes. */
  output: string
  stdout: string
}

const MAX_KEPT = 1024 * 1024
const live = new Set<ChildProcess>()

function keepTail(text: string): string {
  return text.length > MAX_KEPT ? text.slice(text.length - MAX_KEPT) : text
}

export function commandLine(command: string, args: readonly string[]): string {
  // `&` ends a command, `?` is a glob (zsh stops on one that matches nothing)
  // and a leading `#` starts a comment, so those are quoted too.
  return [command, ...args].map(arg => (/^[\w@%+=:,./-][\w@%+=:,./#-]*$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`)).join(' ')
}

/**
 * Tool output may come from the code under test (a pull request's check), so
 * workflow commands in it are switched off while it streams.
 */
function withCommandsStopped<T>(sink: LogSink | undefined, work: () => Promise<T>): Promise<T> {
  if (!sink) return work()
  const token = randomBytes(16).toString('hex')
  sink.write(`::stop-commands::${token}\n`)
  return work().finally(() => sink.write(`::${token}::\n`))
}

export function run(command: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  const sink = options.silent ? undefined : (options.sink ?? stdoutSink)
  sink?.write(`[command]${commandLine(command, args)}\n`)
  return withCommandsStopped(
    sink,
    () =>
      new Promise<RunResult>((resolve, reject) => {
        const child = spawn(command, [...args], {
          env: options.env ?? process.env,
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
        child.stdout.on('data', onData(true))
        child.stderr.on('data', onData(false))
        child.on('error', error => {
          live.delete(child)
          const code = (error as NodeJS.ErrnoException).code
          reject(code === 'ENOENT' ? new Error(`\`${command}\` was not found on PATH`) : error)
        })
        child.on('close', (code, signal) => {
          live.delete(child)
          options.signal?.removeEventListener('abort', stop)
          if (output !== '' && !output.endsWith('\n')) sink?.write('\n')
          resolve({ exitCode: code ?? (signal ? 128 + 15 : 1), output, stdout })
        })
        child.stdin.on('error', () => {
          // The child may exit before reading stdin; its exit code tells the story.
        })
        child.stdin.end(options.input ?? '')
      })
  )
}

/** Stops every running child; used when the runner cancels the job. */
export function stopChildren(signal: NodeJS.Signals = 'SIGTERM'): number {
  for (const child of live) child.kill(signal)
  return live.size
}
