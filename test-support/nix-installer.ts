// A stand-in for the official Nix installer, served over loopback HTTP the
// way releases.nixos.org serves the real one (there is no network to it
// here). Two files, as a release has:
//
// - `/nix/nix-V/install`, standing in for the installer script
//   (packaging/installer/install.in in NixOS/nix): per platform a `case` arm
//   with the tarball's sha256 (`hash=`) and its path under a binary cache
//   (`path=`); it downloads `url=…/nix-V-$system.tar.xz`, or `P/<path>` when
//   given `--tarball-url-prefix P` first, with curl (which reads file://),
//   refuses a wrong sha256, unpacks the tarball and runs its `install` with
//   the other arguments.
// - `/nix/nix-V/nix-V-SYSTEM.tar.xz`, the binary tarball, whose `install`
//   stands in for scripts/install-nix-from-tarball.sh and, for `--daemon`,
//   install-multi-user.sh with install-systemd-multi-user.sh. It does what
//   they do, in their order and with the same use of sudo: `--no-daemon`
//   asks sudo only to create a missing /nix (`mkdir -m 0755 /nix && chown
//   $USER /nix`), then, as the user, makes /nix/store and /nix/var/nix,
//   registers its store paths (`nix-store --load-db`) and points
//   ~/.nix-profile at a profile holding Nix; `--daemon` does everything
//   through sudo (unless root): the directories of /nix, the store database,
//   the default profile /nix/var/nix/profiles/default, /etc/nix/nix.conf
//   (the `--nix-extra-conf-file` lines, then `build-users-group = nixbld`)
//   and, where /run/systemd/system exists, `systemctl start
//   nix-daemon.socket` and `systemctl restart nix-daemon.service`.
//
// Where it differs, on purpose: the store paths a real tarball carries are
// the toolchain's own Nix (nix-bin in /usr), linked into the profile, so the
// pipeline after "install" runs real Nix; it expects the `nixbld` group and
// users to exist for `--daemon` rather than creating 32 of them (the
// toolchain chroots have them, and the test machine's user database is
// shared); and it prints each sudo command on one line.
import { execFile } from 'node:child_process'
import { createHash } from 'node:crypto'
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { listenOnLoopback } from './loopback.js'

export const SYSTEM = 'x86_64-linux'

const TARBALL_INSTALL = String.raw`#!/bin/sh
# Stand-in for install-nix-from-tarball.sh and install-multi-user.sh of the
# Nix release (see test-support/nix-installer.ts).
set -e
umask 0022
dest=/nix
self="$(dirname "$0")"
# A real tarball's store path of Nix; here the toolchain's Nix.
nix=/usr
readonly NIX_BECOME="${'$'}{NIX_BECOME:-sudo}"

if [ -z "$USER" ] && ! USER=$(id -u -n); then echo "$0: \$USER is not set" >&2; exit 1; fi
if [ -z "$HOME" ]; then echo "$0: \$HOME is not set" >&2; exit 1; fi

INSTALL_MODE=no-daemon
while [ $# -gt 0 ]; do
    case $1 in
        --daemon) INSTALL_MODE=daemon ;;
        --no-daemon) INSTALL_MODE=no-daemon ;;
        --yes) export NIX_INSTALLER_YES=1 ;;
        --no-channel-add) export NIX_INSTALLER_NO_CHANNEL_ADD=1 ;;
        --daemon-user-count) shift ;;
        --no-modify-profile) NIX_INSTALLER_NO_MODIFY_PROFILE=1 ;;
        --nix-extra-conf-file) NIX_EXTRA_CONF="$(cat "$2")"; shift ;;
        # The real one prints its usage and exits 0.
        *) echo "Nix Installer [--daemon|--no-daemon] [--daemon-user-count INT] [--yes] [--no-channel-add] [--no-modify-profile] [--nix-extra-conf-file FILE]" >&2; exit ;;
    esac
    shift
done

# A profile generation holding Nix (nix-env -i "$nix" in the real one).
link_profile() {
    mkdir -p "$1/bin"
    for tool in "$nix"/bin/nix "$nix"/bin/nix-*; do ln -sf "$tool" "$1/bin/"; done
}

if [ "$INSTALL_MODE" = daemon ]; then
    printf 'Switching to the Multi-user Installer\n'
    is_root() { [ "$(id -u)" -eq 0 ]; }
    _sudo() {
        expl="$1"; shift
        echo "I am executing: $NIX_BECOME $* ($expl)" >&2
        if is_root; then env "$@"; else $NIX_BECOME env "$@"; fi
    }
    getent group nixbld >/dev/null || { echo "$0: stand-in: the nixbld group is missing (the real installer would create it and 32 users)" >&2; exit 1; }
    _sudo "to make the basic directory structure of Nix (part 1)" \
        install -d -m 0755 /nix /nix/var /nix/var/log /nix/var/log/nix /nix/var/log/nix/drvs /nix/var/nix \
        /nix/var/nix/db /nix/var/nix/gcroots /nix/var/nix/profiles /nix/var/nix/temproots /nix/var/nix/userpool \
        /nix/var/nix/daemon-socket /nix/var/nix/gcroots/per-user /nix/var/nix/profiles/per-user
    _sudo "to make the basic directory structure of Nix (part 2)" install -d -g nixbld -m 1775 /nix/store
    _sudo "to place the default nix daemon configuration (part 1)" install -d -m 0555 /etc/nix
    _sudo "to load data for the first time in to the Nix Database" "$nix/bin/nix-store" --load-db < "$self/.reginfo"
    _sudo "to install a bootstrapping Nix in to the default profile" "$self/link-profile" /nix/var/nix/profiles/default-1-link
    _sudo "to install a bootstrapping Nix in to the default profile" ln -sfn default-1-link /nix/var/nix/profiles/default
    scratch=$(mktemp -d)
    printf '%s\nbuild-users-group = nixbld\n' "${'$'}{NIX_EXTRA_CONF:-}" > "$scratch/nix.conf"
    _sudo "to place the default nix daemon configuration (part 2)" install -m 0644 "$scratch/nix.conf" /etc/nix/nix.conf
    rm -rf "$scratch"
    if [ -e /run/systemd/system ]; then
        systemctl=$(command -v systemctl)
        _sudo "to start the nix-daemon.socket" "$systemctl" start nix-daemon.socket
        _sudo "to start the nix-daemon.service" "$systemctl" restart nix-daemon.service
    else
        echo "I don't support your init system yet; you may want to add nix-daemon manually." >&2
    fi
    echo "Nix was installed multi-user." >&2
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    printf 'warning: installing Nix as root is not supported by this script!\n'
fi
echo "performing a single-user installation of Nix..." >&2
if ! [ -e "$dest" ]; then
    cmd="mkdir -m 0755 $dest && chown $USER $dest"
    echo "directory $dest does not exist; creating it by running '$cmd' using $NIX_BECOME" >&2
    if ! $NIX_BECOME sh -c "$cmd"; then
        echo "$0: please manually run '$cmd' as root to create $dest" >&2
        exit 1
    fi
fi
if ! [ -w "$dest" ]; then
    echo "$0: directory $dest exists, but is not writable by you." >&2
    exit 1
fi
mkdir -p "$dest/store" "$dest/var/nix"
if ! "$nix/bin/nix-store" --load-db < "$self/.reginfo"; then
    echo "$0: unable to register valid paths" >&2
    exit 1
fi
profiles="$dest/var/nix/profiles/per-user/$USER"
link_profile "$profiles/profile-1-link"
ln -sfn profile-1-link "$profiles/profile"
ln -sfn "$profiles/profile" "$HOME/.nix-profile"
echo "Installation finished!" >&2
`

const LINK_PROFILE = `#!/bin/sh
# The profile generation the real installer makes with \`nix-env -i\`.
set -e
mkdir -p "$1/bin"
for tool in /usr/bin/nix /usr/bin/nix-*; do ln -sf "$tool" "$1/bin/"; done
`

function installScript(version: string, base: string, sha256: string, tarballPath: string): string {
  return `#!/bin/sh
# Stand-in for the Nix ${version} installer script (see test-support/nix-installer.ts).
{ # Prevent execution if this script was only partially downloaded
oops() {
    echo "$0:" "$@" >&2
    exit 1
}

umask 0022

tmpDir="$(mktemp -d -t nix-binary-tarball-unpack.XXXXXXXXXX || \\
          oops "Can't create temporary directory for downloading the Nix binary tarball")"
cleanup() {
    rm -rf "$tmpDir"
}
trap cleanup EXIT INT QUIT TERM

case "$(uname -s).$(uname -m)" in
    Linux.x86_64)
        hash=${sha256}
        path=${tarballPath}
        system=x86_64-linux
        ;;
    *) oops "sorry, there is no binary distribution of Nix for your platform";;
esac

if [ "\${1:-}" = "--tarball-url-prefix" ]; then
    if [ -z "\${2:-}" ]; then
        oops "missing argument for --tarball-url-prefix"
    fi
    url=\${2}/\${path}
    shift 2
else
    url=${base}/nix/nix-${version}/nix-${version}-$system.tar.xz
fi

tarball=$tmpDir/nix-${version}-$system.tar.xz

command -v curl > /dev/null 2>&1 || oops "you don't have wget or curl installed, which I need to download the binary tarball"
echo "downloading Nix ${version} binary tarball for $system from '$url' to '$tmpDir'..."
curl --fail -L "$url" -o "$tarball" || oops "failed to download '$url'"

hash2="$(sha256sum -b "$tarball" | cut -c1-64)"
if [ "$hash" != "$hash2" ]; then
    oops "SHA-256 hash mismatch in '$url'; expected $hash, got $hash2"
fi

unpack=$tmpDir/unpack
mkdir -p "$unpack"
tar -xJf "$tarball" -C "$unpack" || oops "failed to unpack '$url'"

script=$(echo "$unpack"/*/install)

[ -e "$script" ] || oops "installation script is missing from the binary tarball!"
export INVOKED_FROM_INSTALL_IN=1
"$script" "$@"

} # End of wrapping
`
}

/** The binary tarball, packed reproducibly: nix-V-SYSTEM/{install,link-profile,.reginfo}. */
async function makeTarball(version: string): Promise<Buffer> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-nix-tarball-'))
  try {
    const top = path.join(dir, `nix-${version}-${SYSTEM}`)
    mkdirSync(top)
    writeFileSync(path.join(top, 'install'), TARBALL_INSTALL, { mode: 0o755 })
    writeFileSync(path.join(top, 'link-profile'), LINK_PROFILE, { mode: 0o755 })
    // The store paths to register; the toolchain's Nix is not in the store.
    writeFileSync(path.join(top, '.reginfo'), '')
    chmodSync(top, 0o755)
    await new Promise<void>((resolve, reject) =>
      execFile(
        'tar',
        ['--sort=name', '--mtime=@1', '--owner=0', '--group=0', '--numeric-owner', '-C', dir, '-cJf', path.join(dir, 'out.tar.xz'), path.basename(top)],
        error => {
          // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- execFile's error is an Error (typed as an Omit<> of one)
          if (error) reject(error)
          else resolve()
        }
      )
    )
    return readFileSync(path.join(dir, 'out.tar.xz'))
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export interface InstallerServerOptions {
  /** The Nix version the release is named after (the toolchain's, so `install: true` is satisfied). */
  version: string
  /** The script names a sha256 the tarball does not have. */
  wrongHash?: boolean
  /** The first N requests for the tarball are answered 503. */
  tarballFailFirst?: number
}

export interface InstallerServer {
  /** The script's URL: the action's `install-url`. */
  installUrl: string
  /** Requests for the script and for the tarball so far (failed or served). */
  requests(): { script: number; tarball: number }
  /** Of those for the tarball, how many got 503. */
  tarballFailures(): number
  stop(): Promise<void>
}

export async function startInstallerServer(options: InstallerServerOptions): Promise<InstallerServer> {
  const { version } = options
  const tarball = await makeTarball(version)
  const realHash = createHash('sha256').update(tarball).digest('hex')
  const sha256 = options.wrongHash ? createHash('sha256').update('not the tarball').digest('hex') : realHash
  const tarballName = `nix-${version}-${SYSTEM}.tar.xz`
  // A binary-cache path, as the real script names it.
  const tarballPath = `${realHash.slice(0, 32)}-nix-binary-tarball-${version}/${tarballName}`
  const counts = { script: 0, tarball: 0 }
  let failLeft = options.tarballFailFirst ?? 0
  let failures = 0
  let script = ''
  const server = http.createServer((req, res) => {
    const url = req.url?.split('?')[0]
    if (url === `/nix/nix-${version}/install`) {
      counts.script++
      res.writeHead(200, { 'content-type': 'text/x-shellscript' }).end(script)
    } else if (url === `/nix/nix-${version}/${tarballName}`) {
      counts.tarball++
      if (failLeft > 0) {
        failLeft--
        failures++
        res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable (test server)\n')
      } else {
        res.writeHead(200, { 'content-type': 'application/x-xz', 'content-length': tarball.length }).end(tarball)
      }
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
    }
  })
  const { port, stop } = await listenOnLoopback(server)
  const base = `http://127.0.0.1:${port}`
  script = installScript(version, base, sha256, tarballPath)
  return {
    installUrl: `${base}/nix/nix-${version}/install`,
    requests: () => ({ ...counts }),
    tarballFailures: () => failures,
    stop
  }
}

export interface TestSystemd {
  /** Directory holding the `systemctl` stand-in, for the front of PATH. */
  bin: string
  /** `systemctl` calls it got, one per line. */
  calls(): string[]
  /** Stops the nix-daemon it started, if any. */
  stop(): Promise<void>
}

/**
 * A `systemctl` stand-in for a private root made with `systemd: true`: it
 * says systemd is running and, for `start`/`restart` of nix-daemon.socket or
 * .service, (re)starts /usr/bin/nix-daemon as the units the installer links
 * would, with `daemonConfig` in its environment (the test machine's settings:
 * no sandbox, no substituters). The daemon comes up two seconds after
 * systemctl returns, as a slow service does, so a step that went on without
 * waiting for its socket would fail.
 */
export function makeTestSystemd(daemonConfig: string): TestSystemd {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-systemd-'))
  chmodSync(dir, 0o755)
  const bin = path.join(dir, 'bin')
  mkdirSync(bin, { mode: 0o755 })
  const calls = path.join(dir, 'calls')
  const pidFile = path.join(dir, 'daemon.pid')
  const log = path.join(dir, 'daemon.log')
  const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`
  writeFileSync(
    path.join(bin, 'systemctl'),
    `#!/bin/sh
# Test stand-in for systemd (see test-support/nix-installer.ts).
echo "$*" >> '${calls}'
case "$1" in
  is-system-running) echo running ;;
  start|restart)
    case "$2" in nix-daemon.socket|nix-daemon.service) ;; *) exit 0 ;; esac
    if [ -s '${pidFile}' ]; then
      pid=$(cat '${pidFile}'); kill "$pid" 2>/dev/null || true
      while kill -0 "$pid" 2>/dev/null && ! grep -q '^State:.*Z' /proc/"$pid"/status 2>/dev/null; do sleep 0.05; done
    fi
    NIX_CONFIG=${quoted(daemonConfig)} setsid timeout -k 5 3600 sh -c 'sleep 2; exec /usr/bin/nix-daemon' >>'${log}' 2>&1 </dev/null &
    echo $! > '${pidFile}' ;;
esac
`,
    { mode: 0o755 }
  )
  return {
    bin,
    calls: () => readLines(calls),
    async stop() {
      const pid = Number(readLines(pidFile)[0] ?? 0)
      if (pid > 0) {
        try {
          process.kill(pid, 'SIGTERM')
        } catch {
          // gone already
        }
        for (let i = 0; i < 200 && alive(pid); i++) await new Promise(resolve => setTimeout(resolve, 50))
      }
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

function readLines(file: string): string[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean)
  } catch {
    return []
  }
}

/** Running and not a zombie. */
function alive(pid: number): boolean {
  try {
    return !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return false
  }
}

/**
 * A directory of links to every tool in /usr/bin but those `drop` names: a
 * PATH for a runner without Nix (`nix*`), sudo or skopeo. (/bin is /usr/bin.)
 */
export function toolsWithout(drop: (name: string) => boolean): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nfci-tools-'))
  chmodSync(dir, 0o755)
  for (const name of readdirSync('/usr/bin')) if (!drop(name)) symlinkSync(path.join('/usr/bin', name), path.join(dir, name))
  return {
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true })
    }
  }
}
