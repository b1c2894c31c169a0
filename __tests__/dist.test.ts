// What users run is dist/: it must be exactly what the sources build to, and
// the sources must pass the strict type check.
import { describe, expect, test } from '@jest/globals'
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { repoRoot } from '../test-support/runner.js'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

describe('dist/', () => {
  test('equals a fresh `npm run package`', () => {
    const out = mkdtempSync(path.join(os.tmpdir(), 'nfci-dist-'))
    try {
      execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'package.mjs'), out], { cwd: repoRoot, stdio: 'pipe' })
      const committed = path.join(repoRoot, 'dist')
      expect(filesUnder(committed)).toEqual(filesUnder(out))
      for (const file of filesUnder(out)) {
        const same = readFileSync(path.join(out, file)).equals(readFileSync(path.join(committed, file)))
        if (!same) throw new Error(`dist/${file} differs from a fresh build: run \`npm run package\` and commit dist/`)
      }
    } finally {
      rmSync(out, { recursive: true, force: true })
    }
  })

  test('the sources pass the strict type check', () => {
    const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc')
    expect(() => execFileSync(process.execPath, [tsc, '--noEmit', '-p', 'tsconfig.json'], { cwd: repoRoot, stdio: 'pipe' })).not.toThrow()
  })
})
