// A machine of its own for one install test, inside a toolchain chroot that
// other tests share: a root directory made of bind mounts of the chroot's
// own directories, except that /nix does not exist (a runner without Nix)
// and chosen parts of /etc (`nix`, `udev`, `sudoers`, the user database) are
// the test's own files. The action runs in it through a `node` stand-in for
// runAction(): a private mount namespace, chroot into that root, then as
// root or as the unprivileged `runner` (uid 1001).
//
// What the action and the installer create there (/nix, /etc/nix) stays in
// the root's directory on disk, for the test to read after the run; the
// binds live only in the namespace, so removing the directory afterwards
// removes the test's files only.
import {
  chmodSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { RUNNER_GID, RUNNER_UID } from './as-user.js'

export interface PrivateRootOptions {
  /** Who runs the step. */
  user: 'root' | 'runner'
  /** Passwordless sudo for `runner` (GitHub's hosted runners). */
  sudo?: boolean
  /** /run/systemd/system exists (what the official installer reads as "systemd runs this machine"). */
  systemd?: boolean
  /** No `nixbld` group or users, as in most container images. */
  withoutBuildUsers?: boolean
}

export interface PrivateRoot {
  /** The root directory, as the test sees it: `at('/nix')` is the run's /nix. */
  dir: string
  at(file: string): string
  /** The `node` to give runAction(). */
  node: string
  remove(): void
}

// Directories of /etc that start empty here (what the action or installer
// writes into them must not reach the shared chroot).
const OWN_ETC_DIRS = ['nix', 'udev']
const USER_DATABASE = ['group', 'gshadow', 'passwd', 'shadow']

/** The user database without the `nixbld` group and users. */
function withoutBuildUsers(content: string): string {
  return content
    .split('\n')
    .filter(line => !/^nixbld\d*:/.test(line))
    .join('\n')
}

export function makePrivateRoot(options: PrivateRootOptions): PrivateRoot {
  const dir = mkdtempSync(path.join(realpathSync(os.tmpdir()), 'nfci-root-'))
  chmodSync(dir, 0o755)
  // The top directory that holds the root (/tmp): bound without recursion, so
  // the root does not repeat inside itself; the mounts under it (the checkout,
  // which toolchain-chroot.sh binds at its own path, say /tmp/clone) are bound
  // one by one when the step starts (see the script below).
  const holder = path.join('/', path.relative('/', dir).split(path.sep)[0] ?? '')
  const binds: [string, string, boolean][] = []
  for (const entry of readdirSync('/')) {
    const from = path.join('/', entry)
    const to = path.join(dir, entry)
    const stat = lstatSync(from)
    if (entry === 'nix') continue
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to)
    else if (entry === 'etc' || (entry === 'run' && options.systemd)) mkdirSync(to, { mode: 0o755 })
    else if (stat.isDirectory()) {
      mkdirSync(to)
      binds.push([from, to, from !== holder])
    }
  }
  if (options.systemd) {
    // A /run of its own, with the directory systemd makes when it is PID 1.
    chmodSync(path.join(dir, 'run'), 0o755)
    mkdirSync(path.join(dir, 'run', 'systemd', 'system'), { recursive: true })
  }
  for (const entry of readdirSync('/etc')) {
    const from = path.join('/etc', entry)
    const to = path.join(dir, 'etc', entry)
    const stat = lstatSync(from)
    if (OWN_ETC_DIRS.includes(entry) || entry === 'sudoers') continue
    if (options.withoutBuildUsers && USER_DATABASE.includes(entry)) {
      writeFileSync(to, withoutBuildUsers(readFileSync(from, 'utf8')), { mode: stat.mode & 0o777 })
      continue
    }
    if (stat.isSymbolicLink()) symlinkSync(readlinkSync(from), to)
    else if (stat.isDirectory()) {
      mkdirSync(to)
      binds.push([from, to, true])
    } else {
      writeFileSync(to, '')
      binds.push([from, to, false])
    }
  }
  // As on a machine with udev: where the action's KVM rule goes.
  mkdirSync(path.join(dir, 'etc', 'udev', 'rules.d'), { recursive: true })
  if (options.user === 'runner' && options.sudo) {
    writeFileSync(path.join(dir, 'etc', 'sudoers'), 'Defaults env_reset\nroot ALL=(ALL:ALL) ALL\nrunner ALL=(ALL:ALL) NOPASSWD: ALL\n', { mode: 0o440 })
  } else {
    // No sudo rights for anyone but root.
    writeFileSync(path.join(dir, 'etc', 'sudoers'), 'Defaults env_reset\nroot ALL=(ALL:ALL) ALL\n', { mode: 0o440 })
  }

  const script = path.join(dir, 'node-in-root')
  const asUser =
    options.user === 'runner'
      ? `['setpriv', ['--reuid=${RUNNER_UID}', '--regid=${RUNNER_GID}', '--init-groups', process.execPath, ...rest]]`
      : '[process.execPath, rest]'
  writeFileSync(
    script,
    `#!${process.execPath}
// Test stand-in for node: runs the step in the private root ${dir} as ${options.user}.
const { execFileSync, spawnSync } = require('node:child_process')
const args = process.argv.slice(2)
const step = (command, argv) => { const r = spawnSync(command, argv, { stdio: 'inherit' }); process.exit(r.status ?? 1) }
if (args[0] === '--in-root') {
  // chroot left us at /: back to the step's working directory.
  process.chdir(args[1])
  const rest = args.slice(2)
  const [command, argv] = ${asUser}
  step(command, argv)
}
if (args[0] !== '--inside') step('unshare', ['--mount', '--propagation', 'unchanged', process.execPath, __filename, '--inside', ...args])
for (const [from, to, recursive] of ${JSON.stringify(binds)}) execFileSync('mount', [recursive ? '--rbind' : '--bind', from, to])
// The mounts under ${holder} but outside this root, as this namespace has them now
// (mountinfo's 5th field, octal-escaped), the outermost of each nest with what it holds.
const holder = ${JSON.stringify(holder)}, dir = ${JSON.stringify(dir)}
const under = (p, top) => p.startsWith(top + '/')
const points = require('node:fs').readFileSync('/proc/self/mountinfo', 'utf8').split('\\n').filter(Boolean)
  .map(line => line.split(' ')[4].replace(/\\\\([0-7]{3})/g, (_, octal) => String.fromCharCode(parseInt(octal, 8))))
  .filter(p => under(p, holder) && p !== dir && !under(p, dir))
for (const p of [...new Set(points)].sort()) if (!points.some(q => under(p, q))) execFileSync('mount', ['--rbind', p, dir + p])
step('chroot', [${JSON.stringify(dir)}, process.execPath, __filename, '--in-root', process.cwd(), ...args.slice(1)])
`,
    { mode: 0o755 }
  )
  return {
    dir,
    at: (file: string) => path.join(dir, file),
    node: script,
    // The binds were the namespace's: here the directory holds only the test's files.
    remove: () => {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
