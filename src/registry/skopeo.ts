// Running skopeo: login with the password on stdin, copies, and reading its
// errors into what failed and what to try.
import { run, type RunResult } from '../process.js'
import { retry } from '../retry.js'
import { stdoutSink, type LogSink } from '../report/log-sink.js'
import * as core from '@actions/core'

export interface SkopeoTarget {
  /** The skopeo binary: the runner's, or the one built from `skopeo-flake`. */
  bin: string
  registry: string
  tlsVerify: boolean
  /** Auth file under RUNNER_TEMP; undefined means skopeo's own defaults. */
  authFile: string | undefined
  attempts: number
}

export type FailureKind = 'source' | 'credentials' | 'transient' | 'tls' | 'other'

/**
 * What a failed skopeo run means, by what skopeo 1.9 to 1.22 print (recorded
 * in __tests__/unit/recorded-toolchains.ts): no or wrong credentials on a push
 * is `unauthorized: authentication required` (1.9) or `authentication
 * required` (1.18+); a wrong password at login `invalid username/password`;
 * 503 is `invalid status code from registry 503 (Service Unavailable)` (1.9)
 * or `received unexpected HTTP status: 503 Service Unavailable`; 429 is `too
 * many requests to registry` (1.9) or `StatusCode: 429`; a registry that is
 * down `connect: connection refused` on all.
 */
export function classifySkopeoFailure(output: string): FailureKind {
  // The archive itself could not be read: no registry is involved yet, and
  // another try reads the same bytes.
  if (/initializing source docker-archive:/.test(output)) return 'source'
  if (/invalid username\/password|incorrect username or password|unauthorized|authentication required|denied|\b401\b|\b403\b/i.test(output)) {
    return 'credentials'
  }
  if (/server gave HTTP response to HTTPS client|x509:|certificate/i.test(output)) return 'tls'
  if (
    /\b(429|500|502|503|504)\b|too many requests|service unavailable|bad gateway|gateway timeout|connection refused|connection reset|i\/o timeout|TLS handshake timeout|no such host|network is unreachable|unexpected EOF|: EOF\b/i.test(
      output
    )
  ) {
    return 'transient'
  }
  return 'other'
}

/** The last `error`/`FATA` line skopeo printed, which says what went wrong. */
export function skopeoError(output: string): string {
  const lines = output
    .trim()
    .split('\n')
    .filter(line => line.trim() !== '')
  const fatal = [...lines].reverse().find(line => /level=fatal|^Error|^FATA|error/i.test(line))
  const line = fatal ?? lines[lines.length - 1] ?? ''
  const logfmt = /^time="[^"]*" level=fatal msg=(?:"(.*)"|(.*))$/.exec(line.trim())
  if (!logfmt) return line.trim()
  // logfmt quotes the message and escapes its quotes: `msg="logging into \"quay.io\": …"`.
  return (logfmt[1] !== undefined ? logfmt[1].replace(/\\(["\\])/g, '$1') : (logfmt[2] ?? '')).trim()
}

export function adviceFor(kind: FailureKind, target: SkopeoTarget): string {
  switch (kind) {
    case 'source':
      return 'skopeo could not read the built image archive. Check that `package` builds a docker-archive tarball (nixpkgs dockerTools).'
    case 'credentials':
      if (target.authFile === undefined) {
        return `${target.registry} requires a login for this. Set \`username\` and \`password\` (on ghcr.io: \`github.actor\` and \`secrets.GITHUB_TOKEN\` with \`packages: write\`).`
      }
      return `${target.registry} refused the credentials. Check \`username\` and \`password\` (a token needs write access to the repository; on ghcr.io give the workflow \`packages: write\`).`
    case 'tls':
      return `TLS with ${target.registry} failed. A registry that speaks plain HTTP needs \`tls-verify: false\`; a private CA must be trusted by the runner.`
    case 'transient':
      return `${target.registry} could not be reached or kept failing (${target.attempts === 1 ? 'one try' : `${target.attempts} tries`}). Check that the registry host is right and up; more \`attempts\` help with a flaky network.`
    case 'other':
      return `See skopeo's message above; the registry is ${target.registry}.`
  }
}

export class SkopeoError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SkopeoError'
  }
}

/** Runs skopeo, retrying connection errors, 429 and 5xx; never bad credentials. */
export async function runSkopeo(
  args: readonly string[],
  target: SkopeoTarget,
  what: string,
  options: { input?: string; silent?: boolean; sink?: LogSink; stdoutFile?: string } = {}
): Promise<RunResult> {
  const sink = options.sink ?? stdoutSink
  const { result, attempts } = await retry(
    async () => {
      const result = await run(target.bin, args, { input: options.input ?? '', silent: options.silent ?? false, sink, stdoutFile: options.stdoutFile })
      const kind = result.exitCode === 0 ? undefined : classifySkopeoFailure(result.output)
      return { result, retryReason: kind === 'transient' ? skopeoError(result.output) : undefined }
    },
    {
      attempts: target.attempts,
      onRetry: (attempt, wait, reason) => {
        sink.later(() => {
          core.warning(`${what}: try ${attempt} of ${target.attempts} failed (${reason}); trying again in ${wait} s.`)
        })
      }
    }
  )
  if (result.exitCode !== 0) {
    const kind = classifySkopeoFailure(result.output)
    const tries = attempts > 1 ? ` after ${attempts} tries` : ''
    throw new SkopeoError(`${what} failed${tries}: ${skopeoError(result.output)}\n${adviceFor(kind, target)}`)
  }
  return result
}

export function tlsFlags(prefix: '' | 'src-' | 'dest-', tlsVerify: boolean): string[] {
  return tlsVerify ? [] : [`--${prefix}tls-verify=false`]
}
