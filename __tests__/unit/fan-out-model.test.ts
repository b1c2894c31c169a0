// The fan-out bench's simulation: what a reader of its figures relies on
// (which derivations count as shared, how jobs fill runners, what each
// design builds), on a small graph whose answers are worked out by hand.
import { describe, expect, it } from '@jest/globals'
import { designs, makespan, sharedTops, simulate, type Design, type Graph } from '../../scripts/bench/fan-out-model.js'
import { libsOf } from '../../scripts/bench/fan-out-flake.js'

// core <- libA, libB; check a needs libA, b needs libA and libB, c needs libB and its own tool.
const graph: Graph = {
  ms: new Map([
    ['core', 100],
    ['libA', 50],
    ['libB', 30],
    ['tool', 7],
    ['a', 10],
    ['b', 20],
    ['c', 5]
  ]),
  deps: new Map([
    ['core', []],
    ['libA', ['core']],
    ['libB', ['core']],
    ['tool', []],
    ['a', ['libA']],
    ['b', ['libA', 'libB']],
    ['c', ['libB', 'tool']]
  ]),
  checks: ['a', 'b', 'c']
}

describe('fan-out simulation', () => {
  it('fills runners in order, each job on whichever runner frees first', () => {
    expect(makespan([5, 3, 3, 1], 1)).toBe(12)
    expect(makespan([5, 3, 3, 1], 2)).toBe(6)
    expect(makespan([5, 3, 3, 1], 16)).toBe(5)
    expect(makespan([], 4)).toBe(0)
  })

  it('takes as shared what two checks need, built in the first wave from the top', () => {
    // core is shared too, but the libraries' jobs build it: it gets no job of its own.
    expect(sharedTops(graph)).toEqual(['libA', 'libB'])
  })

  it('builds a shared dependency in every job that needs it unless a first wave or the cache has it', () => {
    const [every, wave, cached, single] = designs(graph, 1)
    expect(every?.waves).toEqual([[1 + 160, 1 + 200, 1 + 142]])
    expect(wave?.waves).toEqual([
      [1 + 150, 1 + 130],
      [1 + 10, 1 + 20, 1 + 12]
    ])
    expect(cached?.waves).toEqual([[11, 21, 13]])
    expect(single?.waves).toEqual([[1 + 222]])
  })

  it("with the plan's first wave of checks: one job builds their closures, the others only what is theirs", () => {
    // b's closure holds both libraries: the first wave is b.
    const planned = designs(graph, 1, ['b']).find(design => design.label === "the plan's first wave of checks")
    expect(planned?.waves).toEqual([[1 + 200], [1 + 10, 1 + 12]])
    expect(designs(graph, 1).some(design => design.label === "the plan's first wave of checks")).toBe(false)
  })

  it('adds the plan job to a fan-out, never to one job', () => {
    const [every, , , single] = designs(graph, 0) as [Design, Design, Design, Design]
    expect(simulate(every, 3, 9)).toEqual({ wallMs: 9 + 200, runnerMs: 9 + 502, jobs: 4 })
    expect(simulate(single, 3, 9)).toEqual({ wallMs: 222, runnerMs: 222, jobs: 1 })
  })

  it('gives each generated check two or three libraries, so every library is shared', () => {
    const uses = new Map<number, number>()
    for (let i = 0; i < 50; i++) {
      const libs = libsOf(i, 6)
      expect(libs.length).toBeGreaterThanOrEqual(2)
      for (const lib of libs) uses.set(lib, (uses.get(lib) ?? 0) + 1)
    }
    expect([...uses.keys()].sort()).toEqual([0, 1, 2, 3, 4, 5])
  })
})
