// Each end-to-end test file gets a machine of its own as far as Nix and skopeo
// can tell: its own Nix store (NIX_STORE_DIR, NIX_STATE_DIR, NIX_LOG_DIR) and
// its own skopeo blob-info cache, made on first use and removed after the
// file's last test. What one file builds, deletes or pushes is then never
// what another sees, so files run side by side and each test can expect one
// outcome. Jest loads this module afresh for every test file, which is what
// makes the directory per file; outside Jest (the demo, benchmarks) it stays
// out of the way and the machine's own store is used.
//
// Fixture flakes use no nixpkgs, only host tools, so any store directory works.
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * `own`: this test file's store and blob-info cache (the default). `machine`:
 * the machine's, for what must share it with something else: a nix-daemon,
 * an installed Nix, a private root made for one test.
 */
export type StoreChoice = 'own' | 'machine'

/** Where skopeo keeps its blob-info cache when it runs as root. */
export const ROOT_BLOB_INFO_CACHE_DIR = '/var/lib/containers/cache'

interface OwnStore {
  root: string
  store: string
  state: string
  log: string
  blobInfo: string
}

const inJest = process.env['JEST_WORKER_ID'] !== undefined
let made: OwnStore | undefined

function ownStore(): OwnStore {
  if (made) return made
  const root = mkdtempSync(path.join(realpathSync(os.tmpdir()), 'nfci-file-'))
  made = {
    root,
    store: path.join(root, 'store'),
    state: path.join(root, 'var', 'nix'),
    log: path.join(root, 'var', 'log', 'nix'),
    blobInfo: path.join(root, 'containers', 'cache')
  }
  mkdirSync(made.blobInfo, { recursive: true, mode: 0o700 })
  return made
}

// Jest's hooks are globals in a test file; registering here, as the file's
// modules load, runs it after the file's last test.
const afterAllHook = (globalThis as { afterAll?: (fn: () => void) => void }).afterAll
if (inJest && typeof afterAllHook === 'function') {
  afterAllHook(() => {
    if (made) rmSync(made.root, { recursive: true, force: true })
    made = undefined
  })
}

/** Whether a run with this choice uses the file's own store. */
export function usesOwnStore(choice: StoreChoice = 'own'): boolean {
  return inJest && choice === 'own'
}

/** The Nix variables that point a Nix command at the store of `choice` (none for the machine's). */
export function storeEnv(choice: StoreChoice = 'own'): Record<string, string> {
  if (!usesOwnStore(choice)) return {}
  const own = ownStore()
  return { NIX_STORE_DIR: own.store, NIX_STATE_DIR: own.state, NIX_LOG_DIR: own.log }
}

/** The store directory Nix uses with `choice`. */
export function storeDirOf(choice: StoreChoice = 'own'): string {
  return usesOwnStore(choice) ? ownStore().store : '/nix/store'
}

/** A pattern for a path in the store of `choice`: `storePathPattern('[0-9a-z]{32}-hello$')`, anchored at the start unless `anywhere`. */
export function storePathPattern(rest: string, choice: StoreChoice = 'own', anywhere = false): RegExp {
  const dir = storeDirOf(choice).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  return new RegExp(`${anywhere ? '' : '^'}${dir}/${rest}`)
}

/** Where a root skopeo's blob-info cache is, for the run of `choice`. */
export function rootBlobInfoDir(choice: StoreChoice = 'own'): string {
  return usesOwnStore(choice) ? ownStore().blobInfo : ROOT_BLOB_INFO_CACHE_DIR
}

/**
 * The command that runs `node script` with the file's own blob-info cache:
 * skopeo as root always uses /var/lib/containers/cache, so the step runs in a
 * private mount namespace with the file's directory bound there. bash, not
 * sh: dash drops the runner's `INPUT_NIX-VERSION` and the like from the
 * environment. `exec` keeps the step's pid, so signals reach node itself.
 */
export function stepCommand(node: string, script: string, choice: StoreChoice = 'own'): [string, string[]] {
  if (!usesOwnStore(choice) || process.getuid?.() !== 0) return [node, [script]]
  mkdirSync(ROOT_BLOB_INFO_CACHE_DIR, { recursive: true, mode: 0o700 })
  const bind = '/bin/mount --bind -- "$0" "$1" && exec "${@:2}"'
  return ['/usr/bin/unshare', ['--mount', '--propagation', propagation(), '/bin/bash', '-c', bind, ownStore().blobInfo, ROOT_BLOB_INFO_CACHE_DIR, node, script]]
}

/**
 * `private` on the machine, so the bind never reaches its mounts. In a
 * toolchain chroot / is no mount point, which unshare cannot make private;
 * the chroot already runs in a private namespace of its own (as
 * toolchain-chroot.sh starts it), so `unchanged` keeps the bind there.
 */
function propagation(): 'private' | 'unchanged' {
  const mountPoints = readFileSync('/proc/self/mountinfo', 'utf8')
    .split('\n')
    .map(line => line.split(' ')[4])
  return mountPoints.includes('/') ? 'private' : 'unchanged'
}
