import { accessSync } from 'node:fs'

// Finding a tool on PATH is @actions/io's `which`; this asks the kernel about
// one file, which also covers devices (/dev/kvm) and what `which` never
// looks at (a nix-instantiate beside the nix in use).
/** Whether this process may access `file` in `mode` (fs.constants.X_OK, W_OK…). */
export function canAccess(file: string, mode: number): boolean {
  try {
    accessSync(file, mode)
    return true
  } catch {
    return false
  }
}
