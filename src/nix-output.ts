// Reading what Nix prints: store paths, failed derivations, their logs,
// source positions, and whether a failure is worth another try.

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

/** The `error: …` message Nix ended with, without its trace. */
export function errorSummary(output: string): string {
  const lines = output.split('\n')
  const start = lines.findIndex(line => /^error:/.test(line.trim()))
  if (start < 0) return lines.filter(line => line.trim() !== '').slice(-5).join('\n')
  const picked: string[] = []
  for (const line of lines.slice(start, start + 40)) {
    if (/^\s*For full logs, run/.test(line)) break
    picked.push(line.replace(/\s+$/, ''))
  }
  return picked.join('\n').trim()
}

export interface SourcePosition {
  /** Path inside the flake's source tree, e.g. `flake.nix` or `sub/flake.nix`. */
  file: string
  line: number
  column: number
}

/** Positions Nix names in copied flake sources: `/nix/store/<hash>-source/<file>:<line>:<col>`. */
export function sourcePositions(output: string): SourcePosition[] {
  const found: SourcePosition[] = []
  for (const match of output.matchAll(/\/nix\/store\/[0-9a-z]{32}-source\/([^\s:'"]+):(\d+):(\d+)/g)) {
    const position = { file: match[1] ?? '', line: Number(match[2]), column: Number(match[3]) }
    if (!found.some(p => p.file === position.file && p.line === position.line && p.column === position.column)) {
      found.push(position)
    }
  }
  return found
}

/** How many derivations Nix announced it would build (0 when it built nothing). */
export function derivationsToBuild(output: string): number {
  let total = 0
  for (const match of output.matchAll(/these (\d+) derivations will be built/g)) total += Number(match[1])
  total += [...output.matchAll(/this derivation will be built/g)].length
  return total
}

export interface TransientFailure {
  host: string | undefined
  /** `HTTP 429`, `HTTP 503`, or the network error. */
  what: string
}

/**
 * A failure another try may cure: a host answering 429 or 5xx, a 403 that
 * says "rate limit" (GitHub's API), or the network. A builder that failed is
 * never one: that is the code under test speaking.
 */
export function transientFailure(output: string): TransientFailure | undefined {
  if (failedDerivations(output).length > 0) return undefined
  const download = /unable to download '([^']+)': HTTP error (\d{3})/.exec(output)
  if (download) {
    const status = Number(download[2])
    const rateLimited = status === 403 && /rate limit/i.test(output)
    if (status === 429 || status >= 500 || rateLimited) {
      return { host: hostOf(download[1] ?? ''), what: `HTTP ${status}${rateLimited ? ' (rate limit)' : ''}` }
    }
    return undefined
  }
  const network =
    /unable to download '([^']+)': (Couldn't resolve host name|Couldn't connect to server|Timeout was reached|SSL connect error|Failure when receiving data from the peer|Connection reset by peer|Operation timed out)/.exec(
      output
    )
  if (network) return { host: hostOf(network[1] ?? ''), what: network[2] ?? 'network error' }
  if (/API rate limit exceeded|HTTP error 429/i.test(output)) return { host: undefined, what: 'rate limit' }
  return undefined
}

export function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host || undefined
  } catch {
    return undefined
  }
}
