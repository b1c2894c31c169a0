import { mkdtemp, writeFile, mkdir, chmod } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runOk } from '../test-support/fixtures.js'
import { runAction, type ActionRun } from '../test-support/runner.js'
import { ACTION_NIX_CONFIG } from '../test-support/scenario.js'
export const env = { NIX_CONFIG: ACTION_NIX_CONFIG, NIX_FLAKE_CI_RETRY_BASE_SECONDS: '0.2' }
export async function gitRepo(files: Record<string, string>, exec: string[] = []): Promise<{ dir: string; sha: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'nfci-newuser-'))
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true })
    await writeFile(path.join(dir, name), text)
  }
  for (const e of exec) await chmod(path.join(dir, e), 0o755)
  const g = (args: string[]) => runOk('git', ['-c', 'user.name=t', '-c', 'user.email=t@e', ...args], { cwd: dir })
  await g(['init', '-q', '-b', 'main'])
  await g(['add', '-A'])
  await g(['commit', '-q', '-m', 'x'])
  const sha = (await g(['rev-parse', 'HEAD'])).stdout.trim()
  return { dir, sha }
}
export function show(label: string, run: ActionRun) {
  console.log(`===== ${label}: exit ${run.main.exitCode}, post ${run.post?.exitCode}`)
  console.log(run.visibleLog.split('\n').filter(l => !/^::(add-mask|stop-commands)|^::[0-9a-f]{20,}::/.test(l)).join('\n').slice(-6000))
  console.log('--- annotations', JSON.stringify(run.annotations, null, 1))
  console.log('--- outputs', JSON.stringify(run.outputs))
  console.log('--- summary\n' + run.summary)
}
export { runAction }
