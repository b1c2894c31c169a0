import { env, show, runAction } from './lib.js'
import { makeFlakeRepo } from '../test-support/fixtures.js'
import { pullRequest } from '../test-support/scenario.js'
const repo = await makeFlakeRepo({ variant: { failingCheck: 'test' } })
for (const inputs of [{ checks: 'fmt, test' }, { checks: 'fmt, nope' }]) {
const run = await runAction({ workspace: repo.dir, event: pullRequest(repo.sha), inputs: { ...inputs, cache: 'false' }, env })
show(JSON.stringify(inputs), run)
}
