// Bundles both entry points with ncc. Two outputs because the runner starts
// `main` and `post` as separate processes (action.yml: runs.main / runs.post).
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import path from 'node:path'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const outRoot = process.argv[2] ? path.resolve(process.argv[2]) : path.join(root, 'dist')
const ncc = path.join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js')

rmSync(outRoot, { recursive: true, force: true })
for (const entry of ['main', 'post']) {
  execFileSync(
    process.execPath,
    [ncc, 'build', path.join(root, 'src', `${entry}.ts`), '-o', path.join(outRoot, entry), '--license', 'licenses.txt', '--quiet'],
    { cwd: root, stdio: 'inherit' }
  )
}
