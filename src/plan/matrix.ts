// The plan's matrix: the checks left to build, one job each, grouped when
// there are more than a job matrix may hold. Pure: the plan stage
// (stages/plan-matrix.ts) evaluates, asks the caches, and prints.
import { createHash } from 'node:crypto'
import type { PlannedCheck } from '../nix/check-output.js'
import type { Runner } from './inputs.js'

/** GitHub's cap on the jobs of one matrix. */
export const MAX_JOBS = 256

/** One matrix job: checks of one system. */
export interface MatrixJob {
  system: string
  checks: PlannedCheck[]
}

/** One entry of `strategy.matrix.include`. */
export interface MatrixEntry {
  system: string
  'runs-on': string
  /** What the `checks` input takes: `<system>.<name>`, comma-separated. */
  checks: string
}

export const qualifiedName = (check: Pick<PlannedCheck, 'system' | 'name'>): string => `${check.system}.${check.name}`

function bucket(text: string, buckets: number): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0) % buckets
}

const byName = (a: PlannedCheck, b: PlannedCheck) => (qualifiedName(a) < qualifiedName(b) ? -1 : qualifiedName(a) > qualifiedName(b) ? 1 : 0)

/**
 * One job per check while they fit in `max`; beyond that, each system's
 * checks go into buckets by a hash of their names. The same set of checks
 * always gives the same jobs, so each job's cache key (a hash of its checks'
 * derivations) is found again by the next plan, and a changed check brings
 * back its own group only. Bucket counts: with S systems and n checks, a
 * bucket holds about ceil(n / (max - S)) checks, which keeps the sum of
 * ceil(count / size) per system within max.
 */
export function groupChecks(checks: readonly PlannedCheck[], max = MAX_JOBS): MatrixJob[] {
  const sorted = [...checks].sort(byName)
  if (sorted.length <= max) return sorted.map(check => ({ system: check.system, checks: [check] }))
  const systems = [...new Set(sorted.map(check => check.system))]
  const size = Math.ceil(sorted.length / Math.max(1, max - systems.length))
  const jobs: MatrixJob[] = []
  for (const system of systems) {
    const own = sorted.filter(check => check.system === system)
    const buckets = Math.ceil(own.length / size)
    const groups: PlannedCheck[][] = Array.from({ length: buckets }, () => [])
    for (const check of own) groups[bucket(qualifiedName(check), buckets)]?.push(check)
    for (const group of groups) if (group.length > 0) jobs.push({ system, checks: group })
  }
  return jobs
}

/** The job's `checks` input. */
export const jobChecks = (job: MatrixJob): string => job.checks.map(qualifiedName).join(',')

/** `strategy.matrix.include`, each job on its system's runner label. */
export function matrixEntries(jobs: readonly MatrixJob[], runners: readonly Runner[]): MatrixEntry[] {
  return jobs.map(job => {
    const label = runners.find(runner => runner.system === job.system)?.label
    if (label === undefined) throw new Error(`no runner label for ${job.system}`)
    return { system: job.system, 'runs-on': label, checks: jobChecks(job) }
  })
}
