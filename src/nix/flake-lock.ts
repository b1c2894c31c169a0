// flake.lock is the contract: what a pull request's flake may fetch is what
// its lock file pins. Pure logic; stages/locked-inputs.ts reads the files.
//
// `--no-update-lock-file` alone is not enough: Nix 2.8 copies an input that
// flake.lock lacks into the store first and only then refuses to write the
// lock. So the inputs flake.nix declares (read by a restricted evaluation,
// without fetching) are compared with the lock before Nix evaluates the flake.
//
// What this does not catch: an input that is in flake.lock but whose URL the
// pull request changed to another remote one. Nix sees the lock no longer
// matches, fetches the new URL, and only then refuses to update the lock; the
// fetch has happened (into the store, as the job's user), though nothing of
// this machine's own files is read that way (local paths are refused below).
import path from 'node:path'
import { escapeControl } from '../report/log-text.js'

/** What the restricted evaluation of flake.nix returns. */
export interface Declared {
  /** `inputs` of flake.nix, as written. */
  inputs: Record<string, unknown>
  /** `builtins.functionArgs outputs`: its formal arguments (each one an input, but `self`). */
  args: Record<string, unknown>
}

interface LockNode {
  inputs?: Record<string, string | string[]>
  // Parsed JSON: a hand-edited lock file may hold null anywhere.
  locked?: Record<string, unknown> | null
  original?: Record<string, unknown> | null
}

interface LockFile {
  root?: string
  nodes?: Record<string, LockNode | null>
}

/** Where local paths may point: the repository and the flake's own root. */
export interface Roots {
  /** flake.nix's directory: relative paths are resolved against it. */
  flakeDir: string
  /** Directories whose contents are the repository's own. */
  inside: readonly string[]
}

/** URL schemes whose inputs are files of this machine. */
const LOCAL_SCHEMES = ['path:', 'file:', 'git+file:', 'hg+file:', 'tarball+file:', 'file+file:']

/** The path a local reference names (`path:./x?dir=y`, `git+file:///x`, `/x`), or undefined for a remote one. */
export function localPathOf(url: string): string | undefined {
  if (url.startsWith('/') || url.startsWith('./') || url.startsWith('../') || url === '.' || url === '..') return url.replace(/[?#].*$/, '')
  const scheme = LOCAL_SCHEMES.find(prefix => url.startsWith(prefix))
  if (!scheme) return undefined
  const rest = url.slice(scheme.length).replace(/[?#].*$/, '')
  // `file:///x` and `path:///x` carry an (empty) authority; `path:./x` does not.
  const withoutAuthority = rest.startsWith('//') ? rest.replace(/^\/\/[^/]*/, '') : rest
  try {
    return decodeURIComponent(withoutAuthority)
  } catch {
    return withoutAuthority
  }
}

/** The path an attribute-set reference (`{ type = "path"; path = …; }`, a lock node's `locked`) names, if local. */
function localPathOfAttrs(attrs: Record<string, unknown>): string | undefined {
  if (attrs['type'] === 'path') return typeof attrs['path'] === 'string' ? attrs['path'] : ''
  if (typeof attrs['url'] === 'string') return localPathOf(attrs['url'])
  return undefined
}

function isInside(target: string, roots: Roots): boolean {
  const resolved = path.resolve(roots.flakeDir, target)
  return roots.inside.some(root => {
    const relative = path.relative(path.resolve(root), resolved)
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))
  })
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- JSON.stringify(undefined) is undefined, whatever its type says
const shown = (value: unknown) => escapeControl(JSON.stringify(value) ?? String(value))

function outsideRepository(input: string, where: string, reference: unknown): string {
  return (
    `flake input \`${escapeControl(input)}\` ${where} points at files of this machine outside the repository (${shown(reference)}): refused, ` +
    'as it would copy them into the store (and a check could print them). Use a path inside the repository, or a remote input.'
  )
}

/** The declared inputs: `inputs` plus the formal arguments of `outputs`, but `self`. */
export function declaredInputs(declared: Declared): Map<string, unknown> {
  const names = new Map<string, unknown>(Object.entries(declared.inputs))
  for (const name of Object.keys(declared.args)) if (name !== 'self' && !names.has(name)) names.set(name, {})
  return names
}

/** An input that only follows another (`inputs.b.follows = "a"`) is locked by that one. */
function followsOnly(spec: unknown): boolean {
  if (typeof spec !== 'object' || spec === null) return false
  const keys = Object.keys(spec).filter(key => key !== 'inputs' && key !== 'flake')
  return keys.length === 1 && keys[0] === 'follows'
}

function parseLock(text: string): LockFile {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new Error('flake.lock is not JSON: run `nix flake lock` locally and commit flake.lock.')
  }
  if (typeof parsed !== 'object' || parsed === null) throw new Error('flake.lock is not a lock file: run `nix flake lock` locally and commit flake.lock.')
  return parsed
}

/**
 * What is wrong with the flake's inputs, one message each (empty: fine).
 * `lockText` is flake.lock's content, undefined when there is none.
 */
export function lockProblems(declared: Declared, lockText: string | undefined, roots: Roots): string[] {
  const problems: string[] = []
  const inputs = declaredInputs(declared)
  for (const [name, spec] of inputs) {
    if (typeof spec !== 'object' || spec === null) continue
    const attrs = spec as Record<string, unknown>
    const local = localPathOfAttrs(attrs)
    if (local !== undefined && !isInside(local, roots)) problems.push(outsideRepository(name, 'in flake.nix', attrs['url'] ?? attrs['path'] ?? attrs))
  }

  const lock = lockText === undefined ? undefined : parseLock(lockText)
  const rootInputs = lock?.nodes?.[lock.root ?? 'root']?.inputs ?? {}
  const unpinned = [...inputs].filter(([name, spec]) => !(name in rootInputs) && !followsOnly(spec)).map(([name]) => name)
  for (const name of unpinned) {
    problems.push(
      `flake input \`${escapeControl(name)}\` is not pinned by flake.lock${lock ? '' : ' (there is no flake.lock)'}: ` +
        'Nix would fetch it before refusing to update the lock file. Run `nix flake lock` locally and commit flake.lock.'
    )
  }

  for (const [node, entry] of Object.entries(lock?.nodes ?? {})) {
    for (const field of ['original', 'locked'] as const) {
      const attrs = entry?.[field]
      if (typeof attrs !== 'object' || attrs === null) continue
      const local = localPathOfAttrs(attrs)
      if (local !== undefined && !isInside(local, roots)) problems.push(outsideRepository(node, `(flake.lock, ${field})`, attrs['url'] ?? attrs['path']))
    }
  }
  return problems
}

/** The restricted evaluation's expression: reads flake.nix's inputs and outputs' arguments, fetching nothing. */
export const DECLARED_INPUTS_EXPRESSION =
  'let f = import <flake/flake.nix>; in { inputs = f.inputs or { }; args = if f ? outputs && builtins.isFunction f.outputs then builtins.functionArgs f.outputs else { }; }'

/** Reads the JSON printed for {@link DECLARED_INPUTS_EXPRESSION}. */
export function parseDeclared(stdout: string): Declared {
  const parsed = JSON.parse(stdout) as { inputs?: unknown; args?: unknown }
  const asRecord = (value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {})
  return { inputs: asRecord(parsed.inputs), args: asRecord(parsed.args) }
}
