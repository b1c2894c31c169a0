import { env, show, runAction } from './lib.js'
import { makeFlakeRepo } from '../test-support/fixtures.js'
import { pullRequest } from '../test-support/scenario.js'
const variant = process.argv[2] === 'eval' ? { subdir: 'sub', evalError: true } : { subdir: 'sub' }
const repo = await makeFlakeRepo({ variant })
console.log(repo.dir, JSON.stringify(repo.evalErrorAt))
const refs = (process.argv[3] ?? `./sub,path:./sub,.?dir=sub,git+file://${repo.dir}?dir=sub,path:${repo.dir}/sub`).split(',')
for (const flake of refs) {
  const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { flake, checks: process.argv[2] === 'eval' ? '' : 'fmt', cache: 'false' }, env })
  console.log(`===== ${flake}: exit ${run.main.exitCode}`)
  console.log(run.visibleLog.split('\n').filter(l => /error|Built|warning|\[command\]/.test(l)).join('\n').slice(0, 3000))
  console.log(JSON.stringify(run.annotations))
}
