// Turns what a failed Nix command printed into annotations on the files of the
// repository: evaluation errors at their position, compiler diagnostics in a
// check's log (a failed build's own: failure-details.ts).
import { existsSync, realpathSync } from 'node:fs'
import path from 'node:path'
import { localFlake } from '../nix/flake-ref.js'
import { sourcePositions } from '../nix/output.js'

export interface Annotation {
  title: string
  message: string
  file?: string
  line?: number
  column?: number
}

/**
 * Where the flake's `-source` tree lives in the workspace. Nix copies a flake
 * in a git repository from the repository's top, so `sub/flake.nix` keeps its
 * `sub/`; a plain directory flake is copied from the directory itself.
 */
export function sourceRoot(flake: string, workspace: string): string | undefined {
  const local = localFlake(flake, workspace)
  if (!local) return undefined
  // `?dir=sub` names the flake's directory inside the source tree; positions
  // Nix prints keep that `sub/`, so the tree's root is the path before it.
  let dir = local.root
  try {
    dir = realpathSync(dir)
  } catch {
    return undefined
  }
  if (flake.startsWith('path:')) return dir
  for (let at = dir; ; at = path.dirname(at)) {
    if (existsSync(path.join(at, '.git'))) return at
    if (path.dirname(at) === at) return dir
  }
}

function relativeToWorkspace(root: string | undefined, file: string, workspace: string): string | undefined {
  if (!root) return undefined
  return insideWorkspace(path.join(root, file), workspace)
}

/** `file` relative to the workspace, when it is a file inside it. */
function insideWorkspace(file: string, workspace: string): string | undefined {
  const real = (p: string) => {
    try {
      return realpathSync(p)
    } catch {
      return p // keep as given
    }
  }
  const absolute = real(file)
  const relative = path.relative(real(workspace), absolute)
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined
  return existsSync(absolute) ? relative : undefined
}

/**
 * An evaluation error: one annotation at the innermost position inside the
 * repository, the line the user must edit. Nix names it in the store copy of
 * the flake (`/nix/store/<hash>-source/nix/version.nix`) or, from 2.34, where
 * the checkout lies (`/home/runner/work/r/r/nix/version.nix`).
 */
export function evaluationAnnotation(output: string, summary: string, root: string | undefined, workspace: string): Annotation {
  for (const position of sourcePositions(output)) {
    const file = position.absolute ? insideWorkspace(position.file, workspace) : relativeToWorkspace(root, position.file, workspace)
    if (file) return { title: 'Nix evaluation error', message: summary, file, line: position.line, column: position.column }
  }
  return { title: 'Nix evaluation error', message: summary }
}

/** rustc/clippy diagnostics: `error[E0308]: …` followed by `  --> src/main.rs:10:5`. */
export function compilerAnnotations(logLines: readonly string[], root: string | undefined, workspace: string): Annotation[] {
  const found: Annotation[] = []
  logLines.forEach((line, index) => {
    const arrow = /^\s*-->\s+([^\s:]+):(\d+):(\d+)/.exec(line)
    if (!arrow) return
    const heading = logLines
      .slice(Math.max(0, index - 3), index)
      .reverse()
      .find(previous => /^(error|warning)(\[\w+\])?:/.test(previous.trim()))
    if (!heading) return
    const file = relativeToWorkspace(root, arrow[1] ?? '', workspace)
    found.push({
      title: heading.trim().split(':')[0] ?? 'error',
      message: heading.trim(),
      ...(file ? { file, line: Number(arrow[2]), column: Number(arrow[3]) } : {})
    })
  })
  return found.slice(0, 20)
}
