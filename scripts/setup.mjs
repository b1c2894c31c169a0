// Makes a fresh Debian machine ready for `npm run demo` and `npm test`:
// the real tools the action drives (Debian's packages) and the npm
// dependencies. Installs what is missing, or says exactly what to run.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, lstatSync, readFileSync, realpathSync } from 'node:fs'
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

// npm ci when node_modules does not hold what package-lock.json names. Read
// by content, not by date: a fresh clone's lock file is always newer than an
// install made before it, though both name the same packages.
const lock = path.join(root, 'package-lock.json')
const modules = path.join(root, 'node_modules')
if (!installMatchesLock()) {
  // npm ci empties node_modules first: through a link that would wipe an
  // install other checkouts share, so say what to do instead.
  if (existsSync(modules) && lstatSync(modules).isSymbolicLink()) {
    console.error(`node_modules links to ${realpathSync(modules)}, which does not hold what package-lock.json names. Run npm ci there, or remove the link.`)
    process.exit(1)
  }
  console.log('Installing npm dependencies (npm ci)')
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' })
}

/** Every package the lock file names (optional ones aside: other platforms') is installed at its version. */
function installMatchesLock() {
  const hidden = path.join(modules, '.package-lock.json')
  if (!existsSync(hidden)) return false
  const wanted = JSON.parse(readFileSync(lock, 'utf8')).packages ?? {}
  const installed = JSON.parse(readFileSync(hidden, 'utf8')).packages ?? {}
  return Object.entries(wanted).every(([key, entry]) => key === '' || entry.optional || installed[key]?.version === entry.version)
}
