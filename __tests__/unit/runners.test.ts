// The pure parts of the runner support: reading the installer script for its
// tarball, reading the store's trust as each Nix prints it, version checks.
import { describe, expect, test } from '@jest/globals'
import { tarballOf, nixSystem } from '../../src/runner/installer.js'
import { parseStoreInfo, parseStorePing } from '../../src/runner/trust.js'
import { atLeast } from '../../src/nix/version.js'
import { installMode } from '../../src/runner/install-nix.js'
import type { Host } from '../../src/runner/host.js'

// The shape of nix/scripts/install.in as released (2.14 … 2.34), hashes shortened to fit.
const HASH_LINUX = 'a'.repeat(64)
const HASH_DARWIN = 'b'.repeat(64)
const SCRIPT = `#!/bin/sh
case "$(uname -s).$(uname -m)" in
    Linux.x86_64)
        hash=${HASH_LINUX}
        path=abcdefghijklmnopqrstuvwxyz012345/nix-2.34.6-x86_64-linux.tar.xz
        system=x86_64-linux
        ;;
    Darwin.arm64|Darwin.aarch64)
        hash=${HASH_DARWIN}
        path=zyxwvutsrqponmlkjihgfedcba012345/nix-2.34.6-aarch64-darwin.tar.xz
        system=aarch64-darwin
        ;;
    *) oops "sorry, there is no binary distribution of Nix for your platform";;
esac

# Use this command-line option to fetch the tarballs using nar-serve or Cachix
if [ "\${1:-}" = "--tarball-url-prefix" ]; then
    url=\${2}/\${path}
    shift 2
else
    url=https://releases.nixos.org/nix/nix-2.34.6/nix-2.34.6-$system.tar.xz
fi
`

describe('the installer script', () => {
  test('names the tarball for this platform: its URL, its path under a prefix and its sha256', () => {
    expect(tarballOf(SCRIPT, 'x86_64-linux')).toEqual({
      system: 'x86_64-linux',
      url: 'https://releases.nixos.org/nix/nix-2.34.6/nix-2.34.6-x86_64-linux.tar.xz',
      prefixPath: 'abcdefghijklmnopqrstuvwxyz012345/nix-2.34.6-x86_64-linux.tar.xz',
      sha256: HASH_LINUX
    })
    expect(tarballOf(SCRIPT, 'aarch64-darwin')?.sha256).toBe(HASH_DARWIN)
  })

  test('a platform it lacks, or a script of another shape, gives nothing (the script then downloads itself)', () => {
    expect(tarballOf(SCRIPT, 'aarch64-linux')).toBeUndefined()
    expect(tarballOf('#!/bin/sh\necho hello\n', 'x86_64-linux')).toBeUndefined()
  })

  test("Nix names node's platforms", () => {
    expect(nixSystem('linux', 'x64')).toBe('x86_64-linux')
    expect(nixSystem('darwin', 'arm64')).toBe('aarch64-darwin')
  })
})

describe("the store's trust", () => {
  test('nix store info --json: a boolean from 2.2x, 1/0 before', () => {
    // Recorded on sid (Nix 2.34.8) as uid 1001 against a daemon, and as root with a local store.
    expect(parseStoreInfo('{"trusted":false,"url":"daemon","version":"2.34.8"}')).toEqual({ daemon: true, trusted: false })
    expect(parseStoreInfo('{"trusted":true,"url":"local","version":"2.34.8"}')).toEqual({ daemon: false, trusted: true })
    expect(parseStoreInfo('{"trusted":1,"url":"daemon","version":"2.19.2"}')).toEqual({ daemon: true, trusted: true })
  })

  test('nix store ping with a restricted setting: the daemon says when it does not trust the user', () => {
    // Recorded on sid (Nix 2.34.8) with `--option narinfo-cache-negative-ttl 3600`.
    const untrusted = `Store URL: daemon
warning: ignoring the client-specified setting 'narinfo-cache-negative-ttl', because it is a restricted setting and you are not a trusted user
Version: 2.34.8
Trusted: 0
`
    expect(parseStorePing(untrusted)).toEqual({ daemon: true, trusted: false })
    expect(parseStorePing('Store URL: daemon\n')).toEqual({ daemon: true, trusted: true })
    expect(parseStorePing('Store URL: local\n').daemon).toBe(false)
  })
})

describe('versions', () => {
  test('flakes need 2.4; store info --json 2.19', () => {
    expect(atLeast('2.3.16', '2.4')).toBe(false)
    expect(atLeast('2.4', '2.4')).toBe(true)
    expect(atLeast('2.8.0', '2.19')).toBe(false)
    expect(atLeast('2.34.8', '2.19')).toBe(true)
    expect(atLeast('3.0.0', '2.19')).toBe(true)
  })
})

describe('install mode', () => {
  const host = (over: Partial<Host>): Host => ({
    platform: 'linux',
    user: 'runner',
    root: false,
    sudo: true,
    systemd: true,
    systemctl: '/usr/bin/systemctl',
    ...over
  })
  test("multi-user with systemd and sudo (GitHub's Linux runners), and on macOS", () => {
    expect(installMode(host({})).daemon).toBe(true)
    expect(installMode(host({ platform: 'darwin', systemd: false })).daemon).toBe(true)
  })
  test('single-user in a container (root, no systemd) and without sudo, saying why', () => {
    expect(installMode(host({ root: true, sudo: false, systemd: false }))).toEqual({ daemon: false, why: 'systemd is not running' })
    expect(installMode(host({ sudo: false }))).toEqual({ daemon: false, why: 'no passwordless sudo' })
  })
  test('macOS without root access cannot install', () => {
    expect(() => installMode(host({ platform: 'darwin', sudo: false }))).toThrow(/needs root/)
  })
})
