// Makes a fresh Debian machine ready for `npm run demo` and `npm test`:
// the real tools the action drives (Debian's packages) and the npm
// dependencies. Installs what is missing, or says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const TOOLS = [
  ['nix', 'nix-bin'],
  ['skopeo', 'skopeo'],
  ['docker-registry', 'docker-registry'],
  ['htpasswd', 'apache2-utils'],
  ['git', 'git']
]

const onPath = tool => spawnSync('sh', ['-c', 'command -v "$1"', 'sh', tool], { stdio: 'ignore' }).status === 0

function installPackages(packages) {
  const isRoot = process.getuid?.() === 0
  const sudo = !isRoot && onPath('sudo') ? ['sudo'] : []
  const command = `${sudo.join(' ')} apt-get update && ${sudo.join(' ')} DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`.trim()
  if (!isRoot && sudo.length === 0) {
    console.error(`Missing: ${packages.join(', ')}. Install them as root:\n  ${command}`)
    process.exit(1)
  }
  if (!onPath('apt-get')) {
    console.error(`Missing: ${packages.join(', ')}, and this is not a Debian machine (no apt-get). Install the equivalents of: ${packages.join(' ')}`)
    process.exit(1)
  }
  console.log(`Installing Debian packages: ${packages.join(' ')}`)
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  execFileSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), 'update', '-q'], { stdio: 'inherit', env })
  execFileSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), 'install', '-y', '-q', ...packages], { stdio: 'inherit', env })
}

const missing = TOOLS.filter(([tool]) => !onPath(tool)).map(([, pkg]) => pkg)
if (missing.length > 0) installPackages(missing)

// npm ci when node_modules is missing or older than the lock file.
const lock = path.join(root, 'package-lock.json')
const marker = path.join(root, 'node_modules', '.package-lock.json')
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  console.log('Installing npm dependencies (npm ci)')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
}
