// `npm run bench -- restore-time` (or `npx tsx scripts/bench/restore-time.ts`):
// where the time of restoring a few-hundred-MB Nix entry goes, against the
// whole-store tarball (nix-community/cache-nix-action's way), with the
// unmodified @actions/cache and the local cache service on loopback.
//
// The paths: BLOBS incompressible blobs of BLOB_MB behind one app. Ours is
// the binary cache directory the action saves (src/cache/binary-cache.ts,
// uncompressed NARs) served to Nix by the action's own loopback substituter
// (src/cache/substituter.ts); the tarball is the same store paths as a tree.
// Per round, alternated: the tarball's restore; our restore (download and
// unpack), then the paths substituted into a store that lacks them, in each
// of the ways compared. Unpacking alone is timed on an archive made the way
// @actions/cache makes it (tar | zstd), so download = restore - unpack.
import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { nixEnv, runOk } from '../../test-support/fixtures.js'
import { startCacheService } from '../../test-support/cache-server.js'
import { writeBinaryCache } from '../../src/cache/binary-cache.js'
import { serveBinaryCache } from '../../src/cache/substituter.js'
import { median, seconds, timed, type Reporter } from './stats.js'

const BLOBS = Number(process.env['BENCH_RESTORE_BLOBS'] ?? 6)
const BLOB_MB = Number(process.env['BENCH_RESTORE_BLOB_MB'] ?? 40)
const ROUNDS = Number(process.env['BENCH_RESTORE_ROUNDS'] ?? 3)
const ACTIONS_WAY = "substitute: loopback HTTP, max-jobs auto (the action's way)"

function sh(script: string): number {
  const started = performance.now()
  const result = spawnSync('/bin/sh', ['-c', script], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`${script}: ${result.stderr}`)
  return performance.now() - started
}

/** @actions/cache speaks in workflow commands; in this process they are noise. */
async function quietly<T>(env: NodeJS.ProcessEnv, work: () => Promise<T>): Promise<T> {
  const saved = process.env
  const write = process.stdout.write.bind(process.stdout)
  process.env = { ...process.env, ...env }
  process.stdout.write = (chunk: string | Uint8Array, ...rest: never[]) =>
    /^(::|Cache |Sent |Received |\[command\])/.test(String(chunk)) ? true : write(chunk, ...rest)
  try {
    return await work()
  } finally {
    process.env = saved
    process.stdout.write = write
  }
}

export async function restoreTimeSection(report: Reporter): Promise<void> {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'nfci-restore-'))
  const service = await startCacheService({ dataDir: path.join(scratch, 'service') })
  const runnerTemp = path.join(scratch, 'runner-temp')
  mkdirSync(runnerTemp, { recursive: true })
  const home = path.join(scratch, 'home')
  mkdirSync(home, { recursive: true })
  const env = nixEnv(home)
  const cacheEnv = { ...service.env, RUNNER_TEMP: runnerTemp, GITHUB_WORKSPACE: scratch, ...env }
  try {
    const salt = `restore-${Date.now()}`
    const expr = `let
      mk = name: script: derivation { inherit name; system = builtins.currentSystem; builder = "/bin/sh"; args = [ "-c" script ]; PATH = "/usr/bin:/bin"; };
      blobs = builtins.genList (i: mk "blob-\${toString i}" "echo ${salt} >/dev/null; head -c ${BLOB_MB}M /dev/urandom > $out") ${BLOBS};
    in mk "app" "{ \${builtins.concatStringsSep "; " (map (b: "echo \${b}") blobs)}; } > $out"`
    const app =
      (
        JSON.parse((await runOk('nix', ['build', '--impure', '--no-link', '--json', '--max-jobs', '2', '--expr', expr], { env })).stdout) as {
          outputs: { out: string }
        }[]
      )[0]?.outputs.out ?? ''
    const closure = (await runOk('nix-store', ['--query', '--requisites', app], { env })).stdout.trim().split('\n')

    // Ours: the directory the action saves. The tarball: the same paths as a tree.
    const ours = path.join(scratch, 'binary-cache')
    await quietly(env, () => writeBinaryCache('nix', ours, new Map(), new Set(), [app]))
    const tarRoot = path.join(scratch, 'whole-nix')
    mkdirSync(path.join(tarRoot, 'nix', 'store'), { recursive: true })
    for (const storePath of closure) cpSync(storePath, path.join(tarRoot, 'nix', 'store', path.basename(storePath)), { recursive: true })
    const cache = await import('@actions/cache')
    const oursKey = `ours-${salt}`
    const tarKey = `tarball-${salt}`
    await quietly(cacheEnv, () => cache.saveCache([ours], oursKey))
    await quietly(cacheEnv, () => cache.saveCache([tarRoot], tarKey))
    const sizes = Object.fromEntries(service.entries().map(entry => [entry.key, entry.sizeBytes]))
    const archive = path.join(scratch, 'ours.tar.zst')
    sh(`tar -cf - -C / ${ours.slice(1)} | zstd -q -T0 -o ${archive}`)
    report(
      `\nRestore time: ${BLOBS} incompressible blobs of ${BLOB_MB} MB behind one app (${closure.length} paths), entry ${((sizes[oursKey] ?? 0) / 1024 ** 2) | 0} MB ` +
        `(tarball ${((sizes[tarKey] ?? 0) / 1024 ** 2) | 0} MB), medians of ${ROUNDS} alternated rounds, ${os.cpus().length} cores`
    )

    const deleteClosure = () => runOk('nix', ['store', 'delete', ...closure], { env })
    // The ways of getting the restored paths into the store; `url` is the served directory.
    const hits = path.join(scratch, 'hits.txt')
    // Each with an empty ~/.cache/nix, as on a fresh runner: Nix remembers narinfo look-ups there.
    let fresh = 0
    const freshEnv = () => ({ ...env, XDG_CACHE_HOME: path.join(scratch, `cache-${fresh++}`) })
    const realise =
      (substituter: string, extra: string[] = []) =>
      () =>
        timed('nix-store', ['--realise', app, '--option', 'substituters', substituter, ...extra], { env: freshEnv() })
    const times: Record<string, number[]> = {}
    const record = (label: string, ms: number) => (times[label] ??= []).push(ms)
    for (let round = 0; round < ROUNDS; round++) {
      const tarball = async () => {
        rmSync(tarRoot, { recursive: true, force: true })
        const started = performance.now()
        await quietly(cacheEnv, () => cache.restoreCache([tarRoot], tarKey))
        record('tarball: restore (download + unpack)', performance.now() - started)
      }
      const oursRestore = async () => {
        rmSync(ours, { recursive: true, force: true })
        const started = performance.now()
        await quietly(cacheEnv, () => cache.restoreCache([ours], oursKey))
        record('ours: restore (download + unpack)', performance.now() - started)
      }
      if (round % 2 === 0) {
        await tarball()
        await oursRestore()
      } else {
        await oursRestore()
        await tarball()
      }
      rmSync(path.join(scratch, 'unpacked'), { recursive: true, force: true })
      mkdirSync(path.join(scratch, 'unpacked'))
      record('ours: unpack alone (zstd -d | tar -x)', sh(`zstd -q -d -c ${archive} | tar -xf - -C ${path.join(scratch, 'unpacked')}`))

      writeFileSync(hits, '')
      const served = await serveBinaryCache(ours, hits)
      // The action's nix.conf sets max-jobs = auto, which bounds substitutions too before Nix 2.16 (max-substitution-jobs).
      const http = `${served.url}?trusted=1`
      const ways: [string, () => Promise<number>][] = [
        [ACTIONS_WAY, realise(http, ['--max-jobs', 'auto'])],
        ['substitute: loopback HTTP, max-jobs 1', realise(http, ['--max-jobs', '1'])],
        ['substitute: loopback HTTP, max-jobs 8', realise(http, ['--max-jobs', '8'])],
        ['substitute: loopback HTTP, http-connections 1', realise(http, ['--max-jobs', 'auto', '--option', 'http-connections', '1'])],
        ['substitute: file:// directly, max-jobs auto', realise(`file://${ours}?trusted=1`, ['--max-jobs', 'auto'])]
      ]
      for (const [label, way] of round % 2 === 0 ? ways : [...ways].reverse()) {
        await deleteClosure()
        record(label, await way())
      }
      // The narinfo look-ups alone: every path asked for, nothing fetched.
      writeFileSync(hits, '')
      record(
        'narinfo queries alone (nix path-info --store)',
        await timed('nix', ['path-info', '--store', `${served.url}?trusted=1`, ...closure], { env: freshEnv() })
      )
      record('narinfo requests of those look-ups', readFileSync(hits, 'utf8').split('\n').filter(Boolean).length)
    }
    for (const [label, values] of Object.entries(times)) {
      report(`   ${label.padEnd(58)} ${label.startsWith('narinfo requests') ? String(median(values)) : seconds(median(values))}`)
    }
    const restore = median(times['ours: restore (download + unpack)'] ?? [])
    const unpack = median(times['ours: unpack alone (zstd -d | tar -x)'] ?? [])
    const substitute = median(times[ACTIONS_WAY] ?? [])
    const tarball = median(times['tarball: restore (download + unpack)'] ?? [])
    report(
      `   ours in all: restore ${seconds(restore)} (download about ${seconds(restore - unpack)}, unpack ${seconds(unpack)}) + substitution ${seconds(substitute)} = ` +
        `${seconds(restore + substitute)}, against the tarball's ${seconds(tarball)} (${((restore + substitute) / tarball).toFixed(2)}×)`
    )
  } finally {
    await service.stop()
    rmSync(scratch, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1] ?? ''}`) {
  await restoreTimeSection(line => {
    console.log(line)
  })
}
