// Whether post saves, and how much. Decided in main, where the event is
// known, and carried to post in the state.
//
// An allow-list of events: those whose code is the repository's own or a
// pull request's in its own cache scope. Any other event (`pull_request_target`,
// `workflow_run` and `issue_comment` may build untrusted code but save into
// the base branch's scope, where main would substitute what they saved; and
// events GitHub adds later, whose trust no one has weighed) does not save
// under `auto`.
//
// Pull requests save a delta: only the paths the base branch's entry lacks.
// GitHub gives a repository 10 GB, evicted least recently used; a pull
// request that saved its whole set (up to `cache-max-size`) on every commit
// would push main's entry out within a week of busy reviews. The delta is
// what the pull request changed, usually small, and its next run restores
// main's entry and the delta together (stages/cache-restore.ts).
import type { CacheSave } from '../plan/inputs.js'

export const SAVING_EVENTS = ['push', 'pull_request', 'merge_group', 'schedule', 'workflow_dispatch', 'release', 'repository_dispatch'] as const

export interface SavePolicy {
  save: boolean
  /** Why not, when `save` is false. */
  reason: string
  /** Save only what the restored base entry lacks, under the delta prefix. */
  delta: boolean
}

export function savePolicy(mode: CacheSave, eventName: string, matrixJob = false): SavePolicy {
  // A matrix job saves what it added to main's entry, as a pull request does:
  // hundreds of jobs each saving main's whole set would evict it.
  const delta = eventName === 'pull_request' || matrixJob
  if (mode === 'never') return { save: false, reason: '`cache-save: never`', delta }
  if (mode === 'always') return { save: true, reason: '', delta }
  if (!(SAVING_EVENTS as readonly string[]).includes(eventName)) {
    return {
      save: false,
      reason: `\`cache-save: auto\` saves on ${SAVING_EVENTS.map(name => `\`${name}\``).join(', ')} only, not on a \`${eventName}\` run (an event may build untrusted code into the base branch's cache scope; \`cache-save: always\` saves anyway)`,
      delta
    }
  }
  return { save: true, reason: '', delta }
}
