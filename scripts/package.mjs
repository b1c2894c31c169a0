// Bundles both entry points (src/entry/, each just calls its step's run())
// with ncc. Two outputs because the runner starts `main` and `post` as
// separate processes (action.yml: runs.main / runs.post).
import { execFileSync } from 'node:child_process'
import { renameSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outRoot = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

// Built beside the target and swapped in at the end, so a test or a runner
// reading dist/ meanwhile never finds it half-written or gone.
const building = `${outRoot}.building`
rmSync(building, { recursive: true, force: true })
for (const entry of ['main', 'post']) {
  execFileSync(
    process.execPath,
    [ncc, 'build', path.join(root, 'src', 'entry', `${entry}.ts`), '-o', path.join(building, entry), '--license', 'licenses.txt', '--quiet'],
    { cwd: root, stdio: 'inherit' }
  )
}
rmSync(outRoot, { recursive: true, force: true })
renameSync(building, outRoot)
