// `npm test` from any clone and any working directory: a clone
// under /tmp, run with `npm --prefix` from `/`, passes a test that runs in a
// private root inside a toolchain chroot. There the chroot's view of the
// checkout is a bind mount under /tmp, which the private root must carry in.
//
// The chroots are entered from the machine, so this runs on bookworm; on
// trixie and sid it would need a chroot inside the chroot.
import { afterEach, expect, test } from '@jest/globals'
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { run, runOk } from '../../test-support/fixtures.js'

const toolchain = process.env['NFCI_TOOLCHAIN'] ?? 'bookworm'
const onMachine = toolchain === 'bookworm' && process.getuid?.() === 0
const checkout = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
// One of the chroot tests that failed from a clone under /tmp: it runs the
// bundled action (dist/) in a private root.
const CHROOT_TEST = ['__tests__/e2e/existing-nix.test.ts', '-t', 'profiles/default/bin']
// The first chroot of the matrix: a whole `npm test` makes it anyway.
const CHROOT = 'trixie'

const cleanups: (() => void)[] = []
afterEach(() => {
  for (const cleanup of cleanups.splice(0).reverse()) cleanup()
})

;(onMachine ? test : test.skip)(
  `a clone under /tmp, tested with npm --prefix from /, passes a private-root test on ${CHROOT}${onMachine ? '' : ' (runs on the machine, as root: the chroots are entered from there)'}`,
  async () => {
    const dir = mkdtempSync(path.join(realpathSync(os.tmpdir()), 'nfci-clone-'))
    cleanups.push(() => {
      rmSync(dir, { recursive: true, force: true })
    })
    const clone = path.join(dir, 'nix-flake-ci')
    await runOk('git', ['clone', '--quiet', checkout, clone])
    // The code as it stands: the working tree's changes to tracked files on top of HEAD.
    const changes = await runOk('git', ['-C', checkout, 'diff', '--binary', 'HEAD'])
    if (changes.stdout) await runOk('git', ['-C', clone, 'apply', '--whitespace=nowarn', '-'], { input: changes.stdout })
    // The installed dependencies, shared: setup.mjs finds them matching the lock.
    symlinkSync(realpathSync(path.join(checkout, 'node_modules')), path.join(clone, 'node_modules'))

    const env: NodeJS.ProcessEnv = { ...process.env, NFCI_TOOLCHAINS: CHROOT }
    delete env['NFCI_TOOLCHAIN']
    delete env['NFCI_TOOLCHAIN_LABEL']
    const result = await run('npm', ['--prefix', clone, 'test', '--', ...CHROOT_TEST], { cwd: '/', env })
    const output = result.stdout + result.stderr
    const counts = /^tests: (\d+) passed, (\d+) failed/m.exec(output)
    if (result.code !== 0 || !counts) throw new Error(`npm test exited with ${result.code}:\n${output}`)
    expect(Number(counts[1])).toBe(1)
    expect(Number(counts[2])).toBe(0)
    expect(output).not.toContain('npm ci')
  }
)
