import { accessSync, constants } from 'node:fs'
import path from 'node:path'

/** The first executable `name` on PATH, or undefined. */
export function which(name: string, searchPath: string = process.env['PATH'] ?? ''): string | undefined {
  for (const dir of searchPath.split(path.delimiter)) {
    if (dir === '') continue
    const candidate = path.join(dir, name)
    try {
      accessSync(candidate, constants.X_OK)
      return candidate
    } catch {
      // not here
    }
  }
  return undefined
}

/** Whether this process may access `file` in `mode` (fs.constants.X_OK, W_OK…). */
export function canAccess(file: string, mode: number): boolean {
  try {
    accessSync(file, mode)
    return true
  } catch {
    return false
  }
}
