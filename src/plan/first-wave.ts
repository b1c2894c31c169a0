// The plan's first wave: the checks that build what several pending checks
// of a system share, picked so that the matrix jobs after them find those
// shared derivations in the cache instead of each building its own copy.
// Pure: the plan stage asks Nix for the closures (nix/shared-derivations.ts).
//
// Why checks, not the shared derivations themselves: a first-wave job that
// builds checks does no work the run would not do anyway (those checks are
// then done, and the matrix does not list them again). Its cost is one wave
// on the critical path: the matrix jobs wait for the first wave to finish
// before they start.
import type { PlannedCheck } from '../nix/check-output.js'
import { qualifiedName } from './matrix.js'

/** The derivations found in the closures of two or more of `closures` (a set per check). */
export function sharedDerivations(closures: readonly ReadonlySet<string>[]): Set<string> {
  const seen = new Set<string>()
  const shared = new Set<string>()
  for (const closure of closures) {
    for (const drv of closure) {
      if (seen.has(drv)) shared.add(drv)
      else seen.add(drv)
    }
  }
  return shared
}

/** The shared derivations not in the closure of another shared one (`below`: each one's closure). */
export function frontier(shared: ReadonlySet<string>, below: ReadonlyMap<string, ReadonlySet<string>>): Set<string> {
  const under = new Set<string>()
  for (const drv of shared) {
    for (const dep of below.get(drv) ?? []) if (dep !== drv && shared.has(dep)) under.add(dep)
  }
  return new Set([...shared].filter(drv => !under.has(drv)))
}

/**
 * Greedy set cover: the checks whose closures hold every derivation of
 * `targets` that any of them holds, the one covering the most still
 * uncovered first (ties: the smaller closure, then the name), so the wave
 * stays small and cheap. Checks are of one system.
 */
export function coveringChecks(
  checks: readonly PlannedCheck[],
  closures: ReadonlyMap<string, ReadonlySet<string>>,
  targets: ReadonlySet<string>
): PlannedCheck[] {
  const covers = new Map(checks.map(check => [check, [...(closures.get(check.drv) ?? [])].filter(drv => targets.has(drv))]))
  const uncovered = new Set([...covers.values()].flat())
  const picked: PlannedCheck[] = []
  while (uncovered.size > 0) {
    let best: PlannedCheck | undefined
    let bestGain = 0
    for (const check of checks) {
      if (picked.includes(check)) continue
      const gain = (covers.get(check) ?? []).filter(drv => uncovered.has(drv)).length
      if (gain === 0) continue
      const better =
        best === undefined ||
        gain > bestGain ||
        (gain === bestGain && (closures.get(check.drv)?.size ?? 0) < (closures.get(best.drv)?.size ?? 0)) ||
        (gain === bestGain && (closures.get(check.drv)?.size ?? 0) === (closures.get(best.drv)?.size ?? 0) && qualifiedName(check) < qualifiedName(best))
      if (better) {
        best = check
        bestGain = gain
      }
    }
    if (best === undefined) break
    picked.push(best)
    for (const drv of covers.get(best) ?? []) uncovered.delete(drv)
  }
  return picked
}

/**
 * The first wave of each system: the checks covering the frontier of what
 * its pending checks share (`frontierOf`: per system). None for a system
 * whose cover would take all its pending checks: no job would be left to
 * wait for it, so the wave would only add a wait.
 */
export function firstWave(
  pending: readonly PlannedCheck[],
  closures: ReadonlyMap<string, ReadonlySet<string>>,
  frontierOf: ReadonlyMap<string, ReadonlySet<string>>
): PlannedCheck[] {
  const wave: PlannedCheck[] = []
  for (const [system, targets] of frontierOf) {
    if (targets.size === 0) continue
    const own = pending.filter(check => check.system === system)
    const cover = coveringChecks(own, closures, targets)
    if (cover.length > 0 && cover.length < own.length) wave.push(...cover)
  }
  return wave
}
