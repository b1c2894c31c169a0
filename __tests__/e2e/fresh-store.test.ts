// The first run on a brand-new machine: no Nix store database yet. Check and
// build overlap, and two Nix processes creating one database at once can fail
// with `SQLite database '…/db.sqlite' is busy` (seen on Nix 2.8). Every run
// here gets its own empty store (NIX_STORE_DIR, NIX_STATE_DIR), as a fresh
// runner image or self-hosted box has.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { makeFlakeRepo, type FlakeRepo } from '../../test-support/fixtures.js'
import { runAction } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pullRequest } from '../../test-support/scenario.js'
import { callLine, makeToolWrappers, type ToolWrappers } from '../../test-support/tool-wrappers.js'

const RUNS = 15
let repo: FlakeRepo
let wrappers: ToolWrappers

beforeAll(async () => {
  repo = await makeFlakeRepo()
  wrappers = makeToolWrappers()
})

afterAll(async () => {
  /* eslint-disable @typescript-eslint/no-unnecessary-condition -- unset when a beforeAll failed before assigning it */
  await repo?.cleanup()
  wrappers?.cleanup()
  /* eslint-enable @typescript-eslint/no-unnecessary-condition */
})

describe('a brand-new store', () => {
  test(`check and build pass on ${RUNS} brand-new stores in a row`, async () => {
    const failures: string[] = []
    for (let i = 0; i < RUNS; i++) {
      wrappers.reset()
      const root = mkdtempSync(path.join(os.tmpdir(), 'nfci-fresh-store-'))
      try {
        const store = path.join(root, 'store')
        const state = path.join(root, 'var', 'nix')
        const run = await runAction({
          workspace: repo.dir,
          event: pullRequest(repo.sha),
          inputs: { cache: 'false' },
          env: {
            PATH: wrappers.path,
            NIX_CONFIG: ACTION_NIX_CONFIG,
            NIX_STORE_DIR: store,
            NIX_STATE_DIR: state,
            NIX_LOG_DIR: path.join(root, 'var', 'log', 'nix')
          }
        })
        // The run really used the new store: its database and its build result are there.
        expect(existsSync(path.join(state, 'db', 'db.sqlite'))).toBe(true)
        expect(run.outputs['store-path']?.startsWith(`${store}/`)).toBe(true)
        // One Nix process opened the store, alone, before check and build started side by side.
        const started = wrappers.calls().map(callLine)
        const opened = started.findIndex(line => /^nix store (info|ping)\b/.test(line))
        const check = started.findIndex(line => line.startsWith('nix flake check'))
        const build = started.findIndex(line => line.startsWith('nix build'))
        expect(opened).toBeGreaterThanOrEqual(0)
        expect(opened).toBeLessThan(Math.min(check, build))
        if (run.main.exitCode !== 0)
          failures.push(
            `run ${i + 1}: ${run.log
              .split('\n')
              .filter(line => /error|busy/i.test(line))
              .slice(0, 5)
              .join(' | ')}`
          )
      } finally {
        rmSync(root, { recursive: true, force: true })
      }
    }
    expect(failures).toEqual([])
  })
})
