import { env, show, runAction } from './lib.js'
import { makeFlakeRepo } from '../test-support/fixtures.js'
import { startRegistry, freePort } from '../test-support/registry.js'
import { registryInputs, pushToMain, pullRequest, dispatch } from '../test-support/scenario.js'
const repo = await makeFlakeRepo()
const reg = await startRegistry()
const anon = await startRegistry({ auth: false })
const dead = `127.0.0.1:${await freePort()}`
const base = { cache: 'false', check: 'false' }
const cases: [string, any, any][] = [
  ['http-without-tls-false', pushToMain(repo.sha), { ...registryInputs(reg), 'tls-verify': 'true' }],
  ['http-without-tls-false-nocreds', pushToMain(repo.sha), { ...registryInputs(anon), 'tls-verify': 'true', username: '', password: '' }],
  ['no-creds-auth-registry', pushToMain(repo.sha), { ...registryInputs(reg), username: '', password: '' }],
  ['wrong-password', pushToMain(repo.sha), { ...registryInputs(reg), password: 'nope' }],
  ['anon-registry', pushToMain(repo.sha), { ...registryInputs(anon), username: '', password: '', tags: 'V1.2.3, Release.Candidate_1,latest' }],
  ['attempts1-dead', pushToMain(repo.sha), { ...registryInputs(reg), registry: dead, attempts: '1' }],
  ['push-true-pr', pullRequest(repo.sha), { ...registryInputs(anon), username: '', password: '', push: 'true', image: 'pr/forced' }],
  ['dispatch-no-tags', dispatch(repo.sha), { ...registryInputs(anon), username: '', password: '', image: 'dispatch/x', package: 'packages.x86_64-linux.image-dev' }],
]
const only = process.argv[2]?.split(',')
for (const [name, event, inputs] of cases) {
  if (only && !only.includes(name)) continue
  const t = Date.now()
  const run = await runAction({ workspace: repo.dir, event, inputs: { ...base, ...inputs }, env })
  show(`${name} (${Date.now() - t} ms)`, run)
}
console.log(await anon.tags('upgrades/k8s-cloud-tagger-dev'), await anon.tags('pr/forced'), await anon.tags('dispatch/x'))
await reg.stop(); await anon.stop()
