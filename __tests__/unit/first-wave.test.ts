// The plan's first wave: which checks build what the matrix jobs would
// otherwise each build, from the checks' build closures.
import { describe, expect, test } from '@jest/globals'
import { coveringChecks, firstWave, frontier, sharedDerivations } from '../../src/plan/first-wave.js'
import type { PlannedCheck } from '../../src/nix/check-output.js'
import { heldByHalves } from '../../src/limited.js'

const drv = (name: string) => `/nix/store/${'a'.repeat(32)}-${name}.drv`
const check = (name: string, system = 'x86_64-linux'): PlannedCheck => ({ system, name, drv: drv(`check-${name}-${system}`), outputs: [] })

// core <- lib0, lib1, lib2; checks: a (lib0 lib1), b (lib1 lib2), c (lib2), d (none)
const below = new Map([
  [drv('core'), new Set([drv('core')])],
  [drv('lib0'), new Set([drv('lib0'), drv('core')])],
  [drv('lib1'), new Set([drv('lib1'), drv('core')])],
  [drv('lib2'), new Set([drv('lib2'), drv('core')])]
])
const closureOf = (c: PlannedCheck, libs: string[]) => new Set([c.drv, ...libs.flatMap(lib => [...(below.get(drv(lib)) ?? [])])])
const [a, b, c, d] = [check('a'), check('b'), check('c'), check('d')] as [PlannedCheck, PlannedCheck, PlannedCheck, PlannedCheck]
const closures = new Map([
  [a.drv, closureOf(a, ['lib0', 'lib1'])],
  [b.drv, closureOf(b, ['lib1', 'lib2'])],
  [c.drv, closureOf(c, ['lib2'])],
  [d.drv, new Set([d.drv])]
])

describe('the first wave', () => {
  test('shared: what two or more closures hold; the frontier: those not below another shared one', () => {
    const shared = sharedDerivations([...closures.values()])
    expect([...shared].sort()).toEqual([drv('core'), drv('lib1'), drv('lib2')].sort())
    expect([...frontier(shared, below)].sort()).toEqual([drv('lib1'), drv('lib2')].sort())
  })

  test('a greedy cover: the check holding the most of the frontier first, and no more checks than needed', () => {
    expect(coveringChecks([a, b, c, d], closures, new Set([drv('lib1'), drv('lib2')]))).toEqual([b])
    // Ties go to the smaller closure: c (lib2 alone) before b.
    expect(coveringChecks([a, b, c, d], closures, new Set([drv('lib2')]))).toEqual([c])
    expect(coveringChecks([a, b, c, d], closures, new Set([drv('lib0'), drv('lib2')]))).toEqual([c, a])
  })

  test('per system; none where nothing is shared, or where the cover would take every pending check', () => {
    expect(firstWave([a, b, c, d], closures, new Map([['x86_64-linux', new Set([drv('lib1'), drv('lib2')])]]))).toEqual([b])
    expect(firstWave([a, b, c, d], closures, new Map([['x86_64-linux', new Set<string>()]]))).toEqual([])
    expect(firstWave([a, b], closures, new Map([['x86_64-linux', new Set([drv('lib0'), drv('lib1'), drv('lib2')])]]))).toEqual([])
  })
})

describe('asking which shared derivations are built, by halves', () => {
  test('finds every held item, with few questions when only a few are not held', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => i)
    const missing = new Set([3, 500, 999])
    let questions = 0
    const held = await heldByHalves(items, 4, group => {
      questions++
      return Promise.resolve(group.every(item => !missing.has(item)))
    })
    expect(held.sort((a, b) => a - b)).toEqual(items.filter(item => !missing.has(item)))
    // One at a time would take 1000; by halves about 2·3·log2(1000/3).
    expect(questions).toBeLessThan(70)
  })

  test('one question when all are held, none for nothing', async () => {
    let questions = 0
    const ask = () => {
      questions++
      return Promise.resolve(true)
    }
    expect(await heldByHalves([1, 2, 3], 4, ask)).toEqual([1, 2, 3])
    expect(await heldByHalves([], 4, ask)).toEqual([])
    expect(questions).toBe(1)
  })
})
