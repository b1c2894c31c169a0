// Reading what Nix says while it builds the named checks: one evaluation
// (`nix eval --json` of their derivations) and one `nix build --keep-going
// --log-format internal-json` of all of them. Everything here is read by
// meaning (JSON fields, exit codes), so Nix 2.8 to 2.34 read the same.
// What the evaluation returns is the flake author's data: paths are checked
// (store-path.ts) before they become arguments of a command.
import { escapeControl } from '../report/log-text.js'
import { isDerivationPath, isStorePath, storeDir } from './store-path.js'
import type { TimedDerivation } from '../report/report.js'

/** One named check as the evaluation found it. */
export interface NamedCheck {
  name: string
  drv: string
  /** Output paths; all valid in the store means the check passed. */
  outputs: string[]
}

export interface EvaluatedChecks {
  /** Every check the flake has for this system, sorted. */
  available: string[]
  /** The named checks the flake has, in the order they were named. */
  checks: NamedCheck[]
  /** Names the flake does not have. */
  unknown: string[]
  /** Why each named check that is not a derivation was refused (nothing of it is built). */
  refused: string[]
}

/** A Nix string literal (names are checked by inputs.ts; `$` and `\` are escaped anyway). */
function nixString(text: string): string {
  return `"${text.replace(/[\\"$]/g, match => `\\${match}`)}"`
}

/**
 * The `--apply` function for `nix eval --json <flake>#checks.<system>`: every
 * check's name, and derivation and outputs of the named ones only (a flake's
 * other checks are not instantiated). A check that is not a derivation
 * (a string, a set without `drvPath` or `out`) gives nulls rather than an
 * evaluation error, so the action can say which check it is.
 */
export function namedChecksExpression(names: readonly string[]): string {
  const list = names.map(nixString).join(' ')
  return (
    `checks: { available = builtins.attrNames checks; named = builtins.listToAttrs (map (name: let check = checks.\${name}; ${CHECK_LET} in { inherit name; value = ${CHECK_VALUE}; }) ` +
    `(builtins.filter (name: checks ? \${name}) [ ${list} ])); }`
  )
}

// One check (`check`) as `{ drv; outputs; }`, nulls where it is not a
// derivation (read by notADerivation): the bindings, then the value.
const CHECK_LET = 'isSet = builtins.isAttrs check; wanted = if isSet then check.outputs or [ "out" ] else [ ];'
const CHECK_VALUE =
  '{ drv = if isSet then check.drvPath or null else null; ' +
  'outputs = if builtins.isList wanted then map (output: if builtins.isString output then (check.${output} or null).outPath or null else null) wanted else null; }'

/**
 * The `--apply` function for `nix eval --json <flake>#checks` of a plan: each
 * check of the planned `systems` as `{ drv; outputs; }`, and for any
 * other system only how many checks it has (nothing of them is instantiated).
 */
export function planChecksExpression(systems: readonly string[]): string {
  const list = systems.map(nixString).join(' ')
  return `checks: builtins.mapAttrs (system: set: if builtins.elem system [ ${list} ] then builtins.mapAttrs (name: check: let ${CHECK_LET} in ${CHECK_VALUE}) set else builtins.length (builtins.attrNames set)) checks`
}

/** Why a named check's evaluation is not a derivation, or undefined when it is one. */
export function notADerivation(name: string, drv: unknown, outputs: unknown): string | undefined {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify(undefined) is undefined, whatever its type says
  const shown = (value: unknown) => escapeControl(JSON.stringify(value) ?? 'nothing')
  if (!isDerivationPath(drv)) return `check \`${name}\` is not a derivation: its drvPath is ${shown(drv)}, not a path ${storeDir()}/<hash>-<name>.drv.`
  if (!Array.isArray(outputs) || outputs.length === 0 || !outputs.every(output => isStorePath(output))) {
    return `check \`${name}\` is not a derivation: its outputs are ${shown(outputs)}, not store paths.`
  }
  return undefined
}

/** Reads the JSON printed for {@link namedChecksExpression}. */
export function parseNamedChecks(stdout: string, names: readonly string[]): EvaluatedChecks {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    throw new Error(`nix eval --json printed something that is not JSON: ${escapeControl(stdout.slice(0, 200))}`)
  }
  const value = parsed as { available?: unknown; named?: Record<string, { drv?: unknown; outputs?: unknown }> | null }
  if (!Array.isArray(value.available) || typeof value.named !== 'object' || value.named === null) {
    throw new Error(`nix eval --json did not list the checks: ${escapeControl(stdout.slice(0, 200))}`)
  }
  const available = value.available.filter((name): name is string => typeof name === 'string').sort()
  const checks: NamedCheck[] = []
  const unknown: string[] = []
  const refused: string[] = []
  for (const name of names) {
    const found = value.named[name]
    if (!found) {
      unknown.push(name)
      continue
    }
    const problem = notADerivation(name, found.drv, found.outputs)
    if (problem) refused.push(problem)
    else checks.push({ name, drv: found.drv as string, outputs: found.outputs as string[] })
  }
  return { available, checks, unknown, refused }
}

/**
 * How `nix build` took a bare `.drv` path: Nix 2.8 builds its outputs
 * (`[{"drvPath": …, "outputs": …}]`, or a failed build); from Nix 2.15 or so
 * the path means the `.drv` file itself and nothing is built (`["/nix/store/….drv"]`),
 * and the outputs are asked for as `<drv>^*`, which Nix 2.8 does not parse.
 */
export function bareDerivationBuilt(exitCode: number, stdout: string): boolean {
  if (exitCode !== 0) return true
  try {
    const parsed = JSON.parse(stdout) as unknown[]
    return Array.isArray(parsed) && parsed.length > 0 && parsed.every(entry => typeof entry === 'object' && entry !== null && 'outputs' in entry)
  } catch {
    return false
  }
}

// Activity and result types of Nix's internal-json log (src/libutil/logging.hh).
const ACT_BUILDS = 104
const ACT_BUILD = 105
const RES_PROGRESS = 105
const ACT_SUBSTITUTE = 108
const RES_BUILD_LOG_LINE = 101
const LEVEL_ERROR = 0
const LEVEL_WARN = 1
const LEVEL_INFO = 3

/** One derivation Nix built in this run. */
export interface DerivationBuild {
  drv: string
  /** Milliseconds, as given to {@link InternalJsonLog.line}. */
  startedAt: number
  stoppedAt: number | undefined
  /** Its last log lines: {@link MAX_LOG_LINES} to twice that (read them with {@link lastLines}). */
  log: string[]
  /** Lines before those, left out (`nix log <drv>` has them). */
  dropped: number
}

/** Lines kept per derivation: a compiler's log can be larger than the action's memory. */
export const MAX_LOG_LINES = 5000

/** A build's last {@link MAX_LOG_LINES} lines, and how many came before them. */
export function lastLines(build: DerivationBuild): { lines: string[]; dropped: number } {
  const extra = Math.max(0, build.log.length - MAX_LOG_LINES)
  return { lines: build.log.slice(extra), dropped: build.dropped + extra }
}

// eslint-disable-next-line no-control-regex -- an escape sequence is what it looks for
const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g
export const stripAnsi = (text: string): string => text.replace(ANSI, '')

/**
 * Nix's `--log-format internal-json` stream (`@nix {…}` lines on stderr),
 * read line by line as it arrives: which derivations were built, when each
 * started and stopped, each one's own log lines, and Nix's errors.
 */
export class InternalJsonLog {
  readonly builds = new Map<string, DerivationBuild>()
  /** Error messages (level 0), colours removed, as Nix would print them. */
  readonly errors: string[] = []
  /** Store paths copied from a substituter, and when. */
  readonly substitutions = new Map<string, { startedAt: number; stoppedAt: number | undefined }>()
  private readonly byActivity = new Map<number, DerivationBuild>()
  private readonly substituting = new Map<number, string>()
  private readonly buildsProgress = new Set<number>()
  private finished = 0

  /**
   * Takes one line; returns what a person should see of it now (the text
   * Nix prints at its default verbosity), or undefined. Lines that are not
   * Nix's JSON come back unchanged.
   */
  line(text: string, at: number): string | undefined {
    if (!text.startsWith('@nix ')) return text
    let event: { action?: string; id?: number; type?: number; level?: number; text?: string; msg?: string; fields?: unknown[] }
    try {
      event = JSON.parse(text.slice(5)) as typeof event
    } catch {
      return text
    }
    switch (event.action) {
      case 'start': {
        const drv = event.fields?.[0]
        if (event.type === ACT_BUILD && typeof drv === 'string' && typeof event.id === 'number') {
          const build: DerivationBuild = { drv, startedAt: at, stoppedAt: undefined, log: [], dropped: 0 }
          this.builds.set(drv, build)
          this.byActivity.set(event.id, build)
        }
        if (event.type === ACT_BUILDS && typeof event.id === 'number') this.buildsProgress.add(event.id)
        if (event.type === ACT_SUBSTITUTE && typeof drv === 'string' && typeof event.id === 'number') {
          this.substitutions.set(drv, { startedAt: at, stoppedAt: undefined })
          this.substituting.set(event.id, drv)
        }
        return event.text && (event.level ?? LEVEL_INFO) <= LEVEL_INFO ? stripAnsi(event.text) : undefined
      }
      case 'stop': {
        const build = typeof event.id === 'number' ? this.byActivity.get(event.id) : undefined
        if (build && build.stoppedAt === undefined) build.stoppedAt = at
        const substituted = typeof event.id === 'number' ? this.substitutions.get(this.substituting.get(event.id) ?? '') : undefined
        if (substituted) substituted.stoppedAt = at
        return undefined
      }
      case 'result': {
        const build = typeof event.id === 'number' ? this.byActivity.get(event.id) : undefined
        const line = event.fields?.[0]
        if (event.type === RES_PROGRESS && typeof event.id === 'number' && this.buildsProgress.has(event.id)) this.progress(event.fields, at)
        if (build && event.type === RES_BUILD_LOG_LINE && typeof line === 'string') {
          build.log.push(stripAnsi(line))
          // Trimmed in batches: one splice per line would copy the whole window each time.
          if (build.log.length >= 2 * MAX_LOG_LINES) {
            build.dropped += build.log.length - MAX_LOG_LINES
            build.log.splice(0, build.log.length - MAX_LOG_LINES)
          }
        }
        return undefined
      }
      case 'msg': {
        const message = stripAnsi(event.msg ?? '')
        const level = event.level ?? LEVEL_INFO
        if (level === LEVEL_ERROR) {
          this.errors.push(message)
          // A failed build's activity may stop only when Nix is done with
          // every other build: its time ends when Nix says it failed.
          for (const build of this.builds.values()) if (build.stoppedAt === undefined && message.includes(build.drv)) build.stoppedAt = at
        }
        // Errors are shown in the failing check's own group; warnings and
        // notes as Nix would print them.
        return level >= LEVEL_WARN && level <= LEVEL_INFO ? message : undefined
      }
      default:
        return undefined
    }
  }

  /**
   * Nix 2.8 stops a build's activity only when nothing needs its goal any
   * more: for a derivation named on the command line, at the very end (2.34
   * stops it when the build ends).
   * The builds' progress (done + failed) says when builds finished: when as
   * many finished as are open, those are the ones.
   */
  private progress(fields: unknown[] | undefined, at: number): void {
    const [done, , , failed] = fields ?? []
    if (typeof done !== 'number' || typeof failed !== 'number') return
    const finished = done + failed
    const open = [...this.builds.values()].filter(build => build.stoppedAt === undefined)
    if (finished > this.finished && finished - this.finished === open.length) for (const build of open) build.stoppedAt = at
    this.finished = Math.max(this.finished, finished)
  }

  /** Every derivation built and path substituted that finished, slowest first. */
  timed(): TimedDerivation[] {
    const name = (path: string) =>
      path
        .slice(path.lastIndexOf('/') + 1)
        .replace(/^[0-9a-z]{32}-/, '')
        .replace(/\.drv$/, '')
    const entries: TimedDerivation[] = []
    for (const build of this.builds.values()) {
      if (build.stoppedAt !== undefined) entries.push({ name: name(build.drv), kind: 'built', seconds: (build.stoppedAt - build.startedAt) / 1000 })
    }
    for (const [path, { startedAt, stoppedAt }] of this.substitutions) {
      if (stoppedAt !== undefined) entries.push({ name: name(path), kind: 'substituted', seconds: (stoppedAt - startedAt) / 1000 })
    }
    return entries.sort((a, b) => b.seconds - a.seconds)
  }

  /** Seconds a derivation's build took, 0 when it was not built in this run. */
  seconds(drv: string): number {
    const build = this.builds.get(drv)
    return build?.stoppedAt !== undefined ? (build.stoppedAt - build.startedAt) / 1000 : 0
  }
}

export type CheckStatus = 'passed' | 'failed'

export interface CheckOutcome {
  check: NamedCheck
  status: CheckStatus
  /** Whether Nix built the check's derivation in this run (not already in the store). */
  built: boolean
  seconds: number
  /** The check's own build log, or, when a derivation it needs failed, that one's. */
  log: string[]
  /** The derivation whose log that is, and how many of its first lines were left out. */
  logOf: string | undefined
  dropped: number
  /** Derivations that failed and that this check may have needed (not its own). */
  failedDependencies: string[]
}

/**
 * Each check's result after one `nix build --keep-going` of all of them:
 * all passed when Nix exited 0; otherwise a check passed when all its
 * outputs are in the store (`valid`), whatever Nix printed.
 */
export function checkOutcomes(checks: readonly NamedCheck[], exitCode: number, log: InternalJsonLog, valid: ReadonlySet<string>): CheckOutcome[] {
  const own = new Set(checks.map(check => check.drv))
  // The other derivations built in this run: when a check did not build
  // itself, the one of them that failed is what it needed.
  const dependencies = [...log.builds.values()].filter(build => !own.has(build.drv))
  return checks.map(check => {
    const passed = exitCode === 0 || (check.outputs.length > 0 && check.outputs.every(output => valid.has(output)))
    const build = log.builds.get(check.drv)
    const failedDependencies = passed || build ? [] : dependencies.filter(dep => log.errors.some(error => error.includes(dep.drv))).map(dep => dep.drv)
    const source = build ?? dependencies.find(dep => dep.drv === failedDependencies[0])
    // A build that started and stopped within one read of Nix's output
    // took less than we can measure: a millisecond, not "not built" (0).
    const seconds = build ? Math.max(log.seconds(check.drv), 0.001) : 0
    const { lines, dropped } = source ? lastLines(source) : { lines: [], dropped: 0 }
    return { check, status: passed ? 'passed' : 'failed', built: build !== undefined, seconds, log: lines, logOf: source?.drv, dropped, failedDependencies }
  })
}

/** A check of a planned system, as the plan's evaluation found it. */
export interface PlannedCheck {
  system: string
  name: string
  drv: string
  outputs: string[]
}

export interface EvaluatedPlan {
  /** Every check of the planned systems, sorted by system, then name. */
  checks: PlannedCheck[]
  /** Systems the flake has checks for that no runner serves, with how many checks each has. */
  unplanned: { system: string; count: number }[]
  /** Why each check that cannot be planned was refused. */
  refused: string[]
}

/** Reads the JSON printed for {@link planChecksExpression}; `isName` says which names `checks` accepts. */
export function parsePlannedChecks(stdout: string, systems: readonly string[], isName: (name: string) => boolean): EvaluatedPlan {
  let parsed: unknown
  try {
    parsed = JSON.parse(stdout)
  } catch {
    throw new Error(`nix eval --json printed something that is not JSON: ${escapeControl(stdout.slice(0, 200))}`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`nix eval --json did not give the checks by system: ${escapeControl(stdout.slice(0, 200))}`)
  }
  const checks: PlannedCheck[] = []
  const unplanned: EvaluatedPlan['unplanned'] = []
  const refused: string[] = []
  for (const [system, value] of Object.entries(parsed as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!systems.includes(system)) {
      if (typeof value === 'number' && value > 0) unplanned.push({ system: escapeControl(system), count: value })
      continue
    }
    if (typeof value !== 'object' || value === null) continue
    for (const [name, found] of Object.entries(value as Record<string, { drv?: unknown; outputs?: unknown } | null>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0
    )) {
      if (!isName(name)) {
        refused.push(
          `check ${escapeControl(JSON.stringify(name))} of ${system} cannot be named in \`checks\` (letters, digits, \`_\`, \`'\`, \`+\`, \`-\`), so no matrix job could build it.`
        )
        continue
      }
      const problem = notADerivation(name, found?.drv, found?.outputs)
      if (problem) refused.push(problem)
      else checks.push({ system, name, drv: found?.drv as string, outputs: found?.outputs as string[] })
    }
  }
  return { checks, unplanned, refused }
}
