// The wall time of a fan-out on N runners, simulated from each derivation's
// measured build time and the dependency graph (this machine has 2 cores,
// not 16 runners). The model:
// - a runner runs one job at a time and, within a job, builds one
//   derivation at a time (one core's measured time each);
// - every job costs a fixed overhead (start, restore, evaluate, save:
//   measured on this machine) on top of what it builds;
// - jobs start in matrix order on whichever runner frees first (GitHub
//   starts queued jobs as runners free up): list scheduling;
// - a wave that `needs:` another starts when all of it is done.

export interface Graph {
  /** Build time of each derivation, ms. */
  ms: Map<string, number>
  /** Direct dependencies of each derivation. */
  deps: Map<string, string[]>
  /** The checks, in matrix order. */
  checks: string[]
}

export function closure(graph: Graph, roots: readonly string[]): Set<string> {
  const seen = new Set<string>()
  const queue = [...roots]
  while (queue.length > 0) {
    const next = queue.pop() as string
    if (seen.has(next)) continue
    seen.add(next)
    queue.push(...(graph.deps.get(next) ?? []))
  }
  return seen
}

const buildMs = (graph: Graph, names: Iterable<string>) => [...names].reduce((sum, name) => sum + (graph.ms.get(name) ?? 0), 0)

/** The end time of the last of `jobs` (durations, in start order) on `runners` runners. */
export function makespan(jobs: readonly number[], runners: number): number {
  const free = new Array<number>(Math.max(1, runners)).fill(0)
  for (const job of jobs) {
    const at = free.indexOf(Math.min(...free))
    free[at] = (free[at] ?? 0) + job
  }
  return Math.max(0, ...free)
}

export interface Design {
  label: string
  /** Waves of job durations, ms; each wave starts when the one before has ended. */
  waves: number[][]
}

/** Derivations two or more checks need (not checks themselves), of which those no other shared one needs. */
export function sharedTops(graph: Graph): string[] {
  const uses = new Map<string, number>()
  for (const check of graph.checks) for (const name of closure(graph, [check])) if (name !== check) uses.set(name, (uses.get(name) ?? 0) + 1)
  const shared = [...uses].filter(([, count]) => count >= 2).map(([name]) => name)
  const below = new Set(shared.flatMap(name => [...closure(graph, [name])].filter(dep => dep !== name)))
  return shared.filter(name => !below.has(name)).sort()
}

/**
 * The designs compared, all cold (nothing cached):
 * - every job builds its check's whole uncached closure (shared deps again in each job);
 * - a first wave builds each top shared dependency (with what it needs) in a job
 *   of its own, then the checks' wave restores them and builds only the checks;
 * - what the cache already holds: shared deps unchanged since main's last run,
 *   each job builds its check alone (the common case of a change to one check);
 * - no fan-out: one job builds everything once;
 * - with `firstWave` (the checks a plan put there): one job builds those
 *   checks' closures, then the other checks' wave builds only what is theirs.
 */
export function designs(graph: Graph, overheadMs: number, firstWave: readonly string[] = []): Design[] {
  const tops = sharedTops(graph)
  const sharedAll = closure(graph, tops)
  const early = closure(graph, firstWave)
  const planned: Design[] =
    firstWave.length === 0
      ? []
      : [
          {
            label: "the plan's first wave of checks",
            waves: [
              [overheadMs + buildMs(graph, early)],
              graph.checks
                .filter(check => !firstWave.includes(check))
                .map(
                  check =>
                    overheadMs +
                    buildMs(
                      graph,
                      [...closure(graph, [check])].filter(name => !early.has(name))
                    )
                )
            ]
          }
        ]
  return [
    { label: 'every job builds its closure', waves: [graph.checks.map(check => overheadMs + buildMs(graph, closure(graph, [check])))] },
    {
      label: 'first wave of shared deps',
      waves: [
        tops.map(top => overheadMs + buildMs(graph, closure(graph, [top]))),
        graph.checks.map(
          check =>
            overheadMs +
            buildMs(
              graph,
              [...closure(graph, [check])].filter(name => !sharedAll.has(name))
            )
        )
      ]
    },
    {
      label: 'shared deps already cached',
      waves: [
        graph.checks.map(
          check =>
            overheadMs +
            buildMs(
              graph,
              [...closure(graph, [check])].filter(name => !sharedAll.has(name))
            )
        )
      ]
    },
    ...planned,
    { label: 'one job, no fan-out', waves: [[overheadMs + buildMs(graph, closure(graph, graph.checks))]] }
  ]
}

export interface Simulated {
  /** Plan job plus the waves, ms. */
  wallMs: number
  /** Runner time summed over jobs (what the minutes bill counts), ms. */
  runnerMs: number
  jobs: number
}

export function simulate(design: Design, runners: number, planMs: number): Simulated {
  const fanned = design.waves.length > 1 || (design.waves[0]?.length ?? 0) > 1
  const plan = fanned ? planMs : 0
  return {
    wallMs: plan + design.waves.reduce((sum, wave) => sum + makespan(wave, runners), 0),
    runnerMs: plan + design.waves.flat().reduce((sum, job) => sum + job, 0),
    jobs: design.waves.flat().length + (fanned ? 1 : 0)
  }
}
