// Reading what Nix prints: store paths, failed derivations, their logs,
// source positions, and whether a failure is worth another try.
import { storeDir } from './store-path.js'

/** The first output path of `nix build --json --no-link` (Nix 2.8 has no --print-out-paths). */
export function storePathFromBuildJson(stdout: string): string {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout.trim())
  } catch {
    throw new Error(`nix build --json printed something that is not JSON: ${stdout.slice(0, 200)}`)
  }
  const first = Array.isArray(parsed) ? (parsed[0] as { outputs?: Record<string, string> } | undefined) : undefined
  const outputs = first?.outputs ?? {}
  const path = outputs['out'] ?? Object.values(outputs)[0]
  if (typeof path !== 'string' || !path.startsWith('/')) {
    throw new Error(`nix build --json named no output path: ${stdout.slice(0, 200)}`)
  }
  return path
}

// Newer Nix says `Cannot build '…'.` both for the derivation whose builder
// failed and for every derivation that depended on it (`Reason: 1 dependency
// failed.`); only the first kind failed by itself.
const FAILED_DRV = [/builder for '(\/[^']+\.drv)' failed/g, /Cannot build '(\/[^']+\.drv)'(?!\.?\s*Reason: \d+ dependenc(?:y|ies) failed)/g]

/** Derivations whose builders failed, in the order Nix reported them. */
export function failedDerivations(output: string): string[] {
  const found: string[] = []
  for (const pattern of FAILED_DRV) {
    for (const match of output.matchAll(pattern)) {
      if (match[1] && !found.includes(match[1])) found.push(match[1])
    }
  }
  return found
}

/** `check-test` from `/nix/store/<hash>-check-test.drv`. */
export function derivationName(drvPath: string): string {
  const base = drvPath.slice(drvPath.lastIndexOf('/') + 1).replace(/\.drv$/, '')
  return base.replace(/^[0-9a-z]{32}-/, '')
}

/** The builder's own lines Nix quotes after `last N log lines:` (the `> ` prefix removed). */
export function builderLogLines(output: string): string[] {
  const lines: string[] = []
  for (const line of output.split('\n')) {
    const match = /^\s*> ?(.*)$/.exec(line)
    if (match) lines.push(match[1] ?? '')
  }
  return lines
}

/**
 * The log lines Nix quoted for one failed derivation: the `> ` block after its
 * `builder for '<drv>' failed` line (several blocks appear with --keep-going).
 */
export function builderLogFor(output: string, drvPath: string): string[] {
  const lines = output.split('\n')
  const start = lines.findIndex(line => line.includes(`'${drvPath}'`) && /builder for|Cannot build/.test(line))
  if (start < 0) return []
  const block: string[] = []
  for (const line of lines.slice(start + 1)) {
    const quoted = /^\s*> ?(.*)$/.exec(line)
    if (quoted) block.push(quoted[1] ?? '')
    else if (block.length > 0 || /^\s*(error:|For full logs)/.test(line)) break
  }
  return block
}

/**
 * Nix's error about one derivation: its `builder for '…' failed …` line, or
 * newer Nix's `Cannot build '…'.` and the `Reason: …` line under it.
 */
function failureMessageFor(lines: readonly string[], drvPath: string): string {
  const start = lines.findIndex(line => line.includes(`'${drvPath}'`) && /builder for|Cannot build/.test(line))
  if (start < 0) return ''
  const end = lines.findIndex((line, index) => index > start && /^\s*(error:|Output paths:|[Ll]ast \d+ log lines:|For full logs)/.test(line))
  return lines.slice(start, end < 0 ? start + 2 : end).join('\n')
}

export interface FailedBuild {
  drv: string
  /** What Nix said of it: how its builder failed (an exit code, a signal). */
  message: string
  /** The builder's last lines as Nix quoted them. */
  log: string[]
}

/** Each derivation whose builder failed, with Nix's words about it and its log. */
export function failedBuilds(output: string): FailedBuild[] {
  const lines = output.split('\n')
  return failedDerivations(output).map(drv => {
    const own = builderLogFor(output, drv)
    return { drv, message: failureMessageFor(lines, drv), log: own.length > 0 ? own : builderLogLines(output) }
  })
}

/**
 * The `error: …` message Nix ended with, without its trace. Nix 2.20+ prints a
 * bare `error:`, the trace outermost-first, and the message itself last
 * (indented, `       error: cannot coerce…`); older Nix prints the message
 * first. Either way this is the message and what Nix printed under it.
 */
export function errorSummary(output: string): string {
  const lines = output.split('\n')
  const start = lines.findIndex(line => /^error:/.test(line.trim()))
  if (start < 0)
    return lines
      .filter(line => line.trim() !== '')
      .slice(-5)
      .join('\n')
  const from = lines[start]?.trim() === 'error:' ? innermostMessage(lines, start) : start
  const indent = /^\s*/.exec(lines[from] ?? '')?.[0].length ?? 0
  const picked: string[] = []
  for (const line of lines.slice(from, from + 40)) {
    if (/^\s*For full logs, run/.test(line)) break
    // The trace under the message (Nix before 2.20, with --show-trace) is for the log, not the summary.
    if (picked.length > 0 && /^\s*…/.test(line)) break
    // A later top-level line (another error, Nix's own hints) ends a nested message.
    if (indent > 0 && picked.length > 0 && /^\S/.test(line)) break
    picked.push(line.slice(Math.min(indent, /^\s*/.exec(line)?.[0].length ?? 0)).replace(/\s+$/, ''))
  }
  return picked.join('\n').trim()
}

/** Index of the last nested `error: …` line of the trace that starts at `start` (a bare `error:`). */
function innermostMessage(lines: readonly string[], start: number): number {
  let found = start
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i] ?? ''
    if (/^\S/.test(line) && line.trim() !== '') break
    if (/^\s+error: \S/.test(line)) found = i
  }
  return found
}

export interface SourcePosition {
  /**
   * Path inside the flake's source tree (`flake.nix`, `sub/flake.nix`) when
   * Nix named a copy in the store; an absolute path when it named the file
   * where it lies (Nix 2.34 evaluates a local flake in place).
   */
  file: string
  absolute: boolean
  line: number
  column: number
}

// `/nix/store/<hash>-source/<file>:L:C` (or under NIX_STORE_DIR), or an
// absolute path outside the store (`/home/runner/work/r/r/flake.nix:7:7`).
// Nix's own files (`<nix/…>`, `«nix-internal»/…`) and other `«…»` sources
// never name a file of the repository.
const POSITION = /(?<![\w«»<>.:/-])(\/[^\s:'"«»<>()]+):(\d+):(\d+)/g
const STORE_SOURCE = /^[0-9a-z]{32}-source\/(.+)$/

/**
 * Source positions of an evaluation error, innermost first: where the error
 * was raised, then its callers. Nix up to 2.19 prints them in that order;
 * 2.20+ prints the trace outermost-first and the message (with its own
 * position, if any) last, so that part comes first and the trace is reversed.
 */
export function sourcePositions(output: string, store: string = storeDir()): SourcePosition[] {
  const lines = output.split('\n')
  const start = lines.findIndex(line => /^error:/.test(line.trim()))
  let ordered = lines
  if (start >= 0 && lines[start]?.trim() === 'error:') {
    const message = innermostMessage(lines, start)
    const trace = lines.slice(start, message)
    ordered = [...lines.slice(message), ...reverseFrames(trace), ...lines.slice(0, start)]
  }
  const found: SourcePosition[] = []
  for (const match of ordered.join('\n').matchAll(POSITION)) {
    const where = match[1] ?? ''
    const inStore = where.startsWith(`${store}/`) ? STORE_SOURCE.exec(where.slice(store.length + 1)) : null
    if (where.startsWith(`${store}/`) && !inStore) continue
    const position = { file: inStore ? (inStore[1] ?? '') : where, absolute: !inStore, line: Number(match[2]), column: Number(match[3]) }
    if (!found.some(p => p.file === position.file && p.line === position.line && p.column === position.column)) found.push(position)
  }
  return found
}

/** The frames of a 2.20+ trace (each starts with `… while`/`… from`) in reverse order. */
function reverseFrames(trace: readonly string[]): string[] {
  const frames: string[][] = []
  for (const line of trace) {
    if (/^\s*…/.test(line) || frames.length === 0) frames.push([line])
    else frames[frames.length - 1]?.push(line)
  }
  return frames.reverse().flat()
}

/** Nix hid frames of the trace (2.20+): the position to annotate may be among them. */
export function traceTruncated(output: string): boolean {
  return /stack trace truncated; use '--show-trace'/.test(output)
}

export interface TransientFailure {
  host: string | undefined
  /** `HTTP 429`, `HTTP 503`, or the network error (`curl error 7: could not connect`). */
  what: string
  /** `http`: the host answered with an error status; `network`: it could not be reached or talked to. */
  kind: 'http' | 'network'
}

// libcurl's error codes that another try may cure, named in our own words: curl
// words them differently from 8.9 on (`Couldn't connect to server` became
// `Could not connect to server`), but Nix prints the code after them, `(7)`.
const TRANSIENT_CURL: Record<number, string> = {
  5: 'could not resolve the proxy',
  6: 'could not resolve the host',
  7: 'could not connect',
  16: 'HTTP/2 error',
  18: 'transfer cut short',
  28: 'timed out',
  35: 'TLS handshake failed',
  52: 'empty reply',
  55: 'send failed',
  56: 'receive failed',
  92: 'HTTP/2 stream error'
}

// What curl printed before Nix put the code after its words (and what a Nix
// that prints no code would show), by the code it stands for.
const CURL_WORDS: Array<[RegExp, number]> = [
  [/Could(?: not|n't) resolve proxy/i, 5],
  [/Could(?: not|n't) resolve host/i, 6],
  [/Could(?: not|n't) connect to server|Connection refused/i, 7],
  [/Transferred a partial file/i, 18],
  [/Timeout was reached|Operation timed out/i, 28],
  [/SSL connect error|TLS connect error/i, 35],
  [/Server returned nothing|Empty reply from server/i, 52],
  [/Failed sending data to the peer/i, 55],
  [/Failure when receiving data from the peer|Connection reset by peer/i, 56]
]

/** The curl error code of a download failure's text: `… (7)`, else by curl's words. */
export function curlErrorCode(text: string): number | undefined {
  const coded = /\((\d{1,2})\)(?=[\s;)]|$)/.exec(text)
  if (coded) return Number(coded[1])
  return CURL_WORDS.find(([words]) => words.test(text))?.[1]
}

/**
 * A failure another try may cure: a host answering 429 or 5xx, a 403 that
 * says "rate limit" (GitHub's API), or the network (by curl's error code). A
 * builder that failed is never one: that is the code under test speaking.
 */
export function transientFailure(output: string): TransientFailure | undefined {
  if (failedDerivations(output).length > 0) return undefined
  // The last try's words: Nix's own retries warn with the same text before.
  const downloads = [...output.matchAll(/unable to download '([^']+)': ([^\n]*)/g)]
  const last = downloads[downloads.length - 1]
  if (last) {
    const host = hostOf(last[1] ?? '')
    const text = last[2] ?? ''
    const status = /^HTTP error (\d{3})/.exec(text)
    // `HTTP error 200 ('OK') (curl error: Transferred a partial file)`: the status was fine, the transfer was not.
    const curlText = status && status[1]?.startsWith('2') ? (/\(curl error: ([^)]*)\)/.exec(text)?.[1] ?? '') : status ? undefined : text
    if (curlText !== undefined) {
      const code = curlErrorCode(curlText)
      const what = code !== undefined ? TRANSIENT_CURL[code] : undefined
      return what && code !== undefined ? { host, what: `curl error ${code}: ${what}`, kind: 'network' } : undefined
    }
    const code = Number(status?.[1])
    const rateLimited = code === 403 && /rate limit/i.test(output)
    if (code === 429 || code >= 500 || rateLimited) return { host, what: `HTTP ${code}${rateLimited ? ' (rate limit)' : ''}`, kind: 'http' }
    return undefined
  }
  if (/API rate limit exceeded|HTTP error 429/i.test(output)) return { host: undefined, what: 'rate limit', kind: 'http' }
  return undefined
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined
  } catch {
    return undefined
  }
}
