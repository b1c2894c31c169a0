// The post step's save of the cache that stage 3 restored (stages/cache-restore.ts),
// where the save policy allows it.
import * as core from '@actions/core'
import type { CacheState, PushedState } from '../state.js'
import { cacheSigningKey } from '../plan/inputs.js'

export async function saveCache(nixBin: string, state: CacheState, pushed: PushedState | undefined): Promise<void> {
  if (!state.policy.save) {
    core.info(`Not saving the cache: ${state.policy.reason}.`)
    return
  }
  // Post is a process of its own: the key is read (and masked) again.
  const raw = core.getInput('cache-signing-key')
  if (raw !== '') core.setSecret(raw)
  const key = cacheSigningKey(name => core.getInput(name))
  const { saveEntries } = await import('./save.js')
  await saveEntries(nixBin, state, pushed, key)
}
