// Where a stale fixed-output hash is written in the repository: the flake's
// source tree searched for every spelling of it (SRI, base-32, base-16). When
// no file holds it, flake.lock may say which input it came with.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { searchForms, type HashForms } from '../nix/hash-forms.js'

export interface HashLocation {
  /** Relative to `base` (the workspace). */
  file: string
  line: number
  column: number
  /** The text found there: the hash as the file spells it. */
  written: string
}

// Bounds for a walk over a large repository: files a hash could be in are
// small and text; vendored trees and build results are not the flake's own.
const MAX_FILES = 5000
const MAX_FILE_BYTES = 1024 * 1024
const MAX_TOTAL_BYTES = 64 * 1024 * 1024
const SKIPPED_DIRS = new Set(['.git', 'node_modules', 'target', '.direnv'])

function sourceFiles(root: string): string[] {
  const files: string[] = []
  const pending = [root]
  while (pending.length > 0 && files.length < MAX_FILES) {
    const dir = pending.pop() ?? root
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name)
      // Links are not followed: they may lead out of the repository.
      if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !/^result(-.*)?$/.test(entry.name)) pending.push(full)
      else if (entry.isFile()) files.push(full)
    }
  }
  return files.sort()
}

/** Every place in the tree under `root` where the hash is written, in any of its forms. */
export function findHash(root: string, base: string, forms: HashForms): HashLocation[] {
  const wanted = searchForms(forms)
  const found: HashLocation[] = []
  let budget = MAX_TOTAL_BYTES
  for (const file of sourceFiles(root)) {
    let text: string
    try {
      const size = statSync(file).size
      if (size > MAX_FILE_BYTES || size > budget) continue
      budget -= size
      text = readFileSync(file, 'utf8')
    } catch {
      continue
    }
    if (!wanted.some(form => text.includes(form))) continue
    const lines = text.split('\n')
    lines.forEach((line, index) => {
      const form = wanted.find(candidate => line.includes(candidate))
      if (form) found.push({ file: path.relative(base, file), line: index + 1, column: line.indexOf(form) + 1, written: form })
    })
  }
  return found
}

/** The same hash in the form the file wrote it: what to paste over `written`. */
export function sameForm(written: string, specified: HashForms, got: HashForms): string {
  if (written === specified.sri) return got.sri
  if (written === specified.nix32) return got.nix32
  if (written === specified.base16) return got.base16
  return got.sri.slice(got.algo.length + 1)
}

/** The direct inputs named in flake.lock of `flakeDir`, or [] without one. */
export function lockedInputs(flakeDir: string): string[] {
  try {
    const lock = JSON.parse(readFileSync(path.join(flakeDir, 'flake.lock'), 'utf8')) as {
      root?: string
      nodes?: Record<string, { inputs?: Record<string, unknown> }>
    }
    return Object.keys(lock.nodes?.[lock.root ?? 'root']?.inputs ?? {}).sort()
  } catch {
    return []
  }
}
