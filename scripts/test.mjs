// Runs every test on each toolchain of the matrix:
//   bookworm  the machine itself: Nix 2.8, skopeo 1.9, Node 20
//   trixie    a debootstrap chroot: Nix 2.26, skopeo 1.18, Node 20
//   sid       a debootstrap chroot: Nix 2.34, skopeo 1.22, Node 24
// so every test runs on Node 20 and on Node 24 (the runtime runners force),
// and every end-to-end scenario on three generations of Nix and skopeo.
// First, once for the whole matrix (the sources are the same on every
// toolchain), the lint: eslint, then prettier --check (`npm run lint`).
// Prints the counts per toolchain and the lint's result, then one line
// `tests: N passed, N failed, N skipped`, where the lint counts as one test.
//
// NFCI_TOOLCHAINS=bookworm,sid picks toolchains; arguments go to jest
// (`npm test -- __tests__/unit`, or `-- --runInBand` for one file at a time).
// Test files run two at a time: each end-to-end file has a Nix store and
// skopeo cache of its own (test-support/own-store.ts); on the 2-core machines
// this runs on, two workers kept pace on a quiet machine and were much faster
// on a busy one (CONTRIBUTING.md).
// NFCI_JEST_WORKERS=N sets another number.
// The lint runs when no arguments pick tests,
// or always with NFCI_LINT=true; NFCI_LINT=false skips it.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const chrootScript = path.join(root, 'scripts', 'toolchain-chroot.sh')
const ALL = ['bookworm', 'trixie', 'sid']
const extra = process.argv.slice(2)
const workers = Number(process.env.NFCI_JEST_WORKERS || 2)
if (!Number.isInteger(workers) || workers < 1) {
  console.error(`NFCI_JEST_WORKERS: ${JSON.stringify(process.env.NFCI_JEST_WORKERS)} is not a number of workers (1 or more)`)
  process.exit(2)
}
const wanted = (process.env.NFCI_TOOLCHAINS || ALL.join(','))
  .split(',')
  .map(name => name.trim())
  .filter(Boolean)
for (const name of wanted) {
  if (!ALL.includes(name)) {
    console.error(`NFCI_TOOLCHAINS: unknown toolchain ${JSON.stringify(name)}; the matrix has ${ALL.join(', ')}`)
    process.exit(2)
  }
}

/** A command on one toolchain: the machine's own, or inside its chroot. */
function onToolchain(name, command, args) {
  return name === 'bookworm' ? [command, args] : [chrootScript, ['run', name, command, ...args]]
}

function versions(name) {
  const [command, args] = onToolchain(name, 'sh', ['-c', 'nix --version; skopeo --version; node --version'])
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`could not read the ${name} toolchain's versions:\n${result.stdout}${result.stderr}`)
  const [nix = '', skopeo = '', node = ''] = result.stdout.trim().split('\n')
  const number = line => /(\d+\.\d+(?:\.\d+)?)/.exec(line)?.[1] ?? '?'
  return `${name}: Nix ${number(nix)}, skopeo ${number(skopeo)}, Node ${node.trim().replace(/^v/, '')}`
}

function runJest(name) {
  if (name !== 'bookworm') {
    const made = spawnSync(chrootScript, ['ensure', name], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
    if (made.status !== 0) return { name, label: name, passed: 0, failed: 1, skipped: 0, ok: false, failures: [`the ${name} chroot could not be made`] }
  }
  const label = versions(name)
  // Inside a chroot /tmp is the chroot's own; the results file lives in the checkout, which both see.
  const results = path.join(root, 'node_modules', '.cache', `nfci-jest-${process.pid}-${name}.json`)
  mkdirSync(path.dirname(results), { recursive: true })
  console.log(`\n=== ${label} ===`)
  // jest refuses --maxWorkers beside --runInBand (-i): one at a time is asked for then.
  const inBand = extra.some(arg => arg === '--runInBand' || arg === '-i')
  const jest = [
    '--experimental-vm-modules',
    path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
    ...(inBand ? [] : [`--maxWorkers=${workers}`]),
    '--json',
    `--outputFile=${results}`,
    ...extra
  ]
  const env = ['env', `NFCI_TOOLCHAIN=${name}`, `NFCI_TOOLCHAIN_LABEL=${label}`, `CI=${process.env.CI ?? ''}`]
  const [command, args] = name === 'bookworm' ? ['node', jest] : onToolchain(name, env[0], [...env.slice(1), 'node', ...jest])
  const run = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NFCI_TOOLCHAIN: name, NFCI_TOOLCHAIN_LABEL: label }
  })
  let counts = { passed: 0, failed: 1, skipped: 0 }
  const failures = []
  if (existsSync(results)) {
    const json = JSON.parse(readFileSync(results, 'utf8'))
    counts = { passed: json.numPassedTests, failed: json.numFailedTests + json.numRuntimeErrorTestSuites, skipped: json.numPendingTests }
    for (const file of json.testResults) {
      for (const test of file.assertionResults) if (test.status === 'failed') failures.push(`${path.relative(root, file.name)} › ${test.fullName}`)
      if (file.status === 'failed' && file.assertionResults.length === 0)
        failures.push(`${path.relative(root, file.name)} did not run: ${file.message.split('\n')[0]}`)
    }
    rmSync(results)
  }
  return { name, label, ...counts, ok: run.status === 0, failures }
}

/** eslint, then prettier --check, as `npm run lint` runs them; their findings go to the terminal. */
function runLint() {
  console.log('\n=== lint: eslint, prettier --check ===')
  const begun = Date.now()
  const bin = name => path.join(root, 'node_modules', '.bin', name)
  const problems = []
  const eslint = spawnSync(bin('eslint'), ['--max-warnings', '0', '.'], { cwd: root, stdio: 'inherit' })
  if (eslint.status !== 0)
    problems.push(eslint.status === 1 ? 'eslint found problems (above)' : `eslint could not run (exit ${eslint.status ?? eslint.signal})`)
  const prettier = spawnSync(bin('prettier'), ['--check', '--log-level', 'warn', '.'], { cwd: root, stdio: 'inherit' })
  if (prettier.status !== 0)
    problems.push(
      prettier.status === 1
        ? 'prettier --check: files not formatted (above; `npm run format` formats them)'
        : `prettier could not run (exit ${prettier.status ?? prettier.signal})`
    )
  return { ok: problems.length === 0, problems, seconds: Math.round((Date.now() - begun) / 1000) }
}

const lintWanted = process.env.NFCI_LINT === undefined || process.env.NFCI_LINT === '' ? extra.length === 0 : process.env.NFCI_LINT === 'true'

if (process.getuid?.() !== 0 && wanted.some(name => name !== 'bookworm')) {
  console.error(
    `The trixie and sid toolchains run in chroots, which need root. Run as root, or NFCI_TOOLCHAINS=bookworm to test the machine's own toolchain only.`
  )
  process.exit(2)
}

const started = Date.now()
const lint = lintWanted ? runLint() : undefined
const runs = []
for (const name of wanted) {
  const begun = Date.now()
  runs.push({ ...runJest(name), seconds: Math.round((Date.now() - begun) / 1000) })
}

console.log('\n=== toolchain matrix ===')
for (const run of runs) {
  console.log(`${run.label}: ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped (${run.seconds} s)`)
  for (const failure of run.failures) console.log(`  ✕ [${run.name}] ${failure}`)
}
if (lint) {
  console.log(`lint (eslint, prettier --check): ${lint.ok ? 'clean' : 'FAILED'} (${lint.seconds} s)`)
  for (const problem of lint.problems) console.log(`  ✕ [lint] ${problem}`)
} else {
  console.log(`lint: not run (${extra.length > 0 ? 'tests picked by arguments' : 'NFCI_LINT=false'}; NFCI_LINT=true runs it)`)
}
const total = runs.reduce((sum, run) => ({ passed: sum.passed + run.passed, failed: sum.failed + run.failed, skipped: sum.skipped + run.skipped }), {
  passed: lint?.ok ? 1 : 0,
  failed: lint && !lint.ok ? 1 : 0,
  skipped: 0
})
console.log(`matrix: ${runs.length} toolchain(s) in ${Math.round((Date.now() - started) / 1000)} s on ${os.cpus().length} cores`)
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(runs.every(run => run.ok) && total.failed === 0 ? 0 : 1)
