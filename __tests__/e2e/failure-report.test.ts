// What a failed run tells its reader: which file and line to edit for a stale
// fixed-output hash (with the hash to write), a build failure told apart from
// an evaluation error, a builder killed for memory said as such, and where
// the time of a run went.
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import { createHash } from 'node:crypto'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runOk } from '../../test-support/fixtures.js'
import { runAction, type ActionRun } from '../../test-support/runner.js'
import { ACTION_NIX_CONFIG, pullRequest } from '../../test-support/scenario.js'
import { toNix32 } from '../../src/nix/hash-forms.js'

const env = { NIX_CONFIG: ACTION_NIX_CONFIG }
const sha256 = (text: string) => createHash('sha256').update(text).digest()
// The fixed-output derivations write "hi\n"; their hashes are those of other contents.
const GOT_SRI = `sha256-${sha256('hi\n').toString('base64')}`
const GOT_NIX32 = toNix32(sha256('hi\n'))
const STALE_SRI = `sha256-${sha256('stale\n').toString('base64')}`
const STALE_NIX32 = toNix32(sha256('older\n'))

// A salt makes every derivation new to the machine's store: built in this run, and timed.
const FLAKE = (salt: string) => `{
  outputs = { self }:
    let
      system = "x86_64-linux";
      run = name: script: derivation { inherit name system; builder = "/bin/sh"; args = [ "-c" script ]; PATH = "/usr/bin:/bin"; salt = "${salt}"; };
      fod = name: hash: derivation {
        inherit name system; builder = "/bin/sh"; args = [ "-c" "echo hi > $out" ];
        outputHashMode = "flat"; outputHashAlgo = "sha256"; outputHash = hash;
      };
      vendored = import ./nix/vendor.nix { inherit fod; };
    in {
      packages.\${system} = {
        stale = fod "vendor-src" "${STALE_SRI}";
        helper-stale = vendored;
        failing = let tests = run "app-tests" "echo 'running 3 tests'; echo 'test result: FAILED'; exit 1"; in run "app-image" "cat \${tests} > $out";
        eval-error = run "app" (1 + "a");
      };
      checks.\${system} = {
        slow = run "slow-check" "sleep 2; echo > $out";
        quick = run "quick-check" "echo > $out";
        killed = run "link-check" "echo 'linking target/release/app'; kill -9 $$";
      };
    };
}
`
const HELPER = `# The vendored sources, pinned by hash.
{ fod }:
fod "vendored-deps" "sha256:${STALE_NIX32}"
`

const lineOf = (text: string, needle: string) => text.split('\n').findIndex(line => line.includes(needle)) + 1

describe('failure report', () => {
  let dir: string
  const runWith = (inputs: Record<string, string>): Promise<ActionRun> =>
    runAction({ workspace: dir, event: pullRequest('0'.repeat(40)), inputs: { cache: 'false', ...inputs }, env })
  const errors = (run: ActionRun) => run.annotations.filter(a => a.level === 'error')

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'nfci-failure-report-'))
    await mkdir(path.join(dir, 'nix'))
    await writeFile(path.join(dir, 'flake.nix'), FLAKE(`${process.pid}-${Date.now()}`))
    await writeFile(path.join(dir, 'nix', 'vendor.nix'), HELPER)
    const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' }
    await runOk('git', ['init', '-q', '-b', 'main'], { cwd: dir, env: gitEnv })
    await runOk('git', ['add', '-A'], { cwd: dir, env: gitEnv })
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  test('a stale hash in flake.nix is annotated at its line with the hash to write', async () => {
    const run = await runWith({ package: 'stale', check: 'false' })
    expect(run.main.exitCode).toBe(1)
    const annotation = errors(run).find(a => a.properties['title'] === 'Stale hash in vendor-src')
    expect(annotation?.properties).toMatchObject({ file: 'flake.nix', line: String(lineOf(FLAKE(''), STALE_SRI)) })
    expect(annotation?.message).toContain(`Write here: ${GOT_SRI}`)
    expect(errors(run).map(a => a.properties['title'])).not.toContain('Nix evaluation error')
    expect(run.summary).toContain('### What failed')
    expect(run.summary).toContain(`replace \`${STALE_SRI}\` with`)
    expect(run.summary).toContain(GOT_SRI)
  })

  test('a stale hash in a helper file, in base-32, is annotated there with the new hash in base-32', async () => {
    const run = await runWith({ package: 'helper-stale', check: 'false' })
    expect(run.main.exitCode).toBe(1)
    const annotation = errors(run).find(a => a.properties['title'] === 'Stale hash in vendored-deps')
    expect(annotation?.properties).toMatchObject({ file: 'nix/vendor.nix', line: String(lineOf(HELPER, STALE_NIX32)) })
    expect(annotation?.message).toContain(`Write here: ${GOT_NIX32}`)
  })

  test('a build failure (named by the derivation that failed first) and an evaluation error are told apart', async () => {
    const build = await runWith({ package: 'failing', check: 'false' })
    const evaluation = await runWith({ package: 'eval-error', check: 'false' })
    expect(build.main.exitCode).toBe(1)
    expect(evaluation.main.exitCode).toBe(1)
    const failed = errors(build).find(a => a.properties['title'] === 'Build of app-tests failed')
    expect(failed?.message).toContain('test result: FAILED')
    expect(errors(build).map(a => a.properties['title'])).not.toContain('Nix evaluation error')
    // The derivation that failed first, not the image that needed it.
    expect(errors(build).map(a => a.properties['title'])).not.toContain('Build of app-image failed')
    expect(build.summary).toMatch(
      /A build failure \(evaluation passed\): the builder of `app-tests` failed first\. 1 other derivation failed only because it needs it\./
    )
    expect(build.summary).toContain('test result: FAILED')
    expect(errors(evaluation).map(a => a.properties['title'])).toContain('Nix evaluation error')
    expect(evaluation.summary).toMatch(/An evaluation error at `flake\.nix:\d+`: Nix stopped before building anything/)
    expect(evaluation.summary).not.toContain('A build failure')
  })

  test('a builder killed by signal 9 is reported as killed, with what helps; the timeline names the slowest check', async () => {
    // One build at a time: Nix 2.8 says when each one ends only by its count of finished builds.
    const run = await runWith({ checks: 'slow,quick,killed', build: 'false', 'extra-conf': 'max-jobs = 1' })
    expect(run.main.exitCode).toBe(1)
    const titles = errors(run).map(a => a.properties['title'])
    expect(titles).toContain('Check killed was killed')
    expect(titles).not.toContain('Check killed failed')
    const killed = errors(run).find(a => a.properties['title'] === 'Check killed was killed')
    expect(killed?.message).toMatch(/signal 9/)
    expect(killed?.message).toMatch(/max-jobs/)
    expect(run.summary).toMatch(/<details><summary>Timeline: 3 derivations built or substituted<\/summary>/)
    const rows = run.summary.split('\n').filter(line => /^\| `[^`]+` \| built \|/.test(line))
    expect(rows[0]).toMatch(/^\| `slow-check` \| built \|/)
  })
})
