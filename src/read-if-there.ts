// A file that may not be there (a nix.conf, a flake.lock, a list post reads):
// its text, or undefined when there is none. Any other failure (no
// permission, a directory) is an error the caller should see.
import { readFileSync } from 'node:fs'

export function readIfThere(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    // ENOTDIR: a part of the path is a file, so the file cannot be there either.
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw error
  }
}
