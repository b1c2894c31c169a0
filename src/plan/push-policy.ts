// Whether this run pushes, and a sentence saying why, for the log and the summary.
import type { Switch } from './inputs.js'

export interface PushEvent {
  eventName: string
  ref: string
  defaultBranch: string | undefined
}

export interface PushDecision {
  push: boolean
  reason: string
}

const ALWAYS_PUSHING_EVENTS = ['workflow_dispatch', 'release']

export function decidePush(setting: Switch, event: PushEvent, hasTarget: boolean, willBuild: boolean): PushDecision {
  if (setting === 'false') return { push: false, reason: 'push is off (`push: false`)' }
  if (setting === 'true') return { push: true, reason: 'push is on (`push: true`)' }
  if (!willBuild) return { push: false, reason: 'the build stage is off, so there is nothing to push' }
  const byEvent = eventDecision(event)
  if (byEvent.push && !hasTarget) return { push: false, reason: 'no `registry` and `image` are set' }
  return byEvent
}

function eventDecision(event: PushEvent): PushDecision {
  const { eventName, ref, defaultBranch } = event
  if (ALWAYS_PUSHING_EVENTS.includes(eventName)) {
    return { push: true, reason: `\`${eventName}\` events push` }
  }
  if (eventName === 'push') {
    if (ref.startsWith('refs/tags/')) return { push: true, reason: `a push of tag \`${ref.slice('refs/tags/'.length)}\`` }
    if (defaultBranch === undefined) {
      return { push: false, reason: `the event payload does not name the default branch, so a push to \`${ref}\` is not pushed` }
    }
    if (ref === `refs/heads/${defaultBranch}`) return { push: true, reason: `a push to the default branch \`${defaultBranch}\`` }
    return { push: false, reason: `\`${ref}\` is not the default branch \`${defaultBranch}\` or a tag` }
  }
  const name = eventName === '' ? 'unknown' : eventName
  return { push: false, reason: `\`${name}\` events do not push (only pushes to the default branch or a tag, \`workflow_dispatch\` and \`release\` do)` }
}
