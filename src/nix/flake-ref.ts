// Local flake references (`.`, `./sub`, `path:./sub`, `git+file:///abs`,
// each with an optional `?dir=`) resolved against the workspace.
import path from 'node:path'

export interface LocalFlake {
  /** The directory the reference names, before `?dir=`. */
  root: string
  /** The directory holding flake.nix: `root`, or `root/<dir>`. */
  flakeDir: string
}

/** Undefined for a remote flake (`github:…`, `https://…`). */
export function localFlake(flake: string, workspace: string): LocalFlake | undefined {
  const local = /^(?:path:|git\+file:\/\/)?(\.{1,2}(?:\/[^?#]*)?|\/[^?#]*)(?:\?.*)?$/.exec(flake)
  if (!local?.[1]) return undefined
  const root = path.resolve(workspace, local[1])
  const dir = /[?&]dir=([^&#]+)/.exec(flake)?.[1]
  return { root, flakeDir: dir ? path.resolve(root, dir) : root }
}
