// What scripts/test.mjs tells a contributor, asked as a contributor would.
import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))

/**
 * The toolchains of the runner's matrix, in order: an unknown name in
 * NFCI_TOOLCHAINS makes it exit 2 at once, naming the matrix, before any
 * toolchain runs.
 */
export function runnerToolchains(): string[] {
  const result = spawnSync('node', ['scripts/test.mjs'], { cwd: root, encoding: 'utf8', env: { ...process.env, NFCI_TOOLCHAINS: 'no-such-toolchain' } })
  const matrix = /the matrix has (.+)$/m.exec(result.stderr)?.[1]
  if (result.status !== 2 || matrix === undefined)
    throw new Error(`scripts/test.mjs did not name its matrix (exit ${String(result.status)}):\n${result.stdout}${result.stderr}`)
  return matrix.split(',').map(name => name.trim())
}
