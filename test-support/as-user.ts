// Running the bundled action as an unprivileged user (uid 1001, `runner`, as
// on GitHub's runners) from tests that run as root in a toolchain chroot: a
// `node` stand-in for runAction() that drops to the user with setpriv, in a
// private mount namespace where /etc/sudoers may be replaced (passwordless
// sudo for this test only, the chroot's own file untouched) and test
// directories bound over system ones. (The chroot runs in a private mount
// namespace already, so `--propagation unchanged` keeps these binds here.)
import { chmodSync, chownSync, lchownSync, lstatSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const RUNNER_UID = 1001
export const RUNNER_GID = 1001

export interface AsUserOptions {
  /** Passwordless sudo for the user, as GitHub's runners have. */
  sudo?: boolean
  /** Directories bound over others (`/nix`, `/etc/nix`) inside the namespace. */
  binds?: { from: string; to: string }[]
}

/**
 * Path of a script to pass as runAction's `node`. It is a node script, not a
 * shell one: the runner's `INPUT_NIX-VERSION` and the like are not shell
 * names, and sh would drop them from the environment.
 */
export function nodeAsRunner(options: AsUserOptions = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-as-user-'))
  chmodSync(dir, 0o755)
  const binds: [string, string][] = (options.binds ?? []).map(bind => [bind.from, bind.to])
  if (options.sudo) {
    const sudoers = path.join(dir, 'sudoers')
    writeFileSync(sudoers, 'Defaults env_reset\nroot ALL=(ALL:ALL) ALL\nrunner ALL=(ALL:ALL) NOPASSWD: ALL\n', { mode: 0o440 })
    binds.push([sudoers, '/etc/sudoers'])
  }
  const script = path.join(dir, 'node')
  const body = `#!${process.execPath}
// Test stand-in for node: runs the step as uid ${RUNNER_UID} in a mount namespace of its own.
const { execFileSync, spawnSync } = require('node:child_process')
const args = process.argv.slice(2)
const step = (command, argv) => { const r = spawnSync(command, argv, { stdio: 'inherit' }); process.exit(r.status ?? 1) }
if (args[0] !== '--inside') step('unshare', ['--mount', '--propagation', 'unchanged', process.execPath, __filename, '--inside', ...args])
for (const [from, to] of ${JSON.stringify(binds)}) execFileSync('mount', ['--bind', from, to])
step('setpriv', ['--reuid=${RUNNER_UID}', '--regid=${RUNNER_GID}', '--init-groups', process.execPath, ...args.slice(1)])
`
  writeFileSync(script, body, { mode: 0o755 })
  return script
}

/** chown -R to the runner user (a workspace or home the test made as root). */
export function giveToRunner(dir: string): void {
  chownSync(dir, RUNNER_UID, RUNNER_GID)
  for (const entry of readdirSync(dir)) {
    const full = path.join(dir, entry)
    if (lstatSync(full).isDirectory()) giveToRunner(full)
    else lchownSync(full, RUNNER_UID, RUNNER_GID)
  }
}
