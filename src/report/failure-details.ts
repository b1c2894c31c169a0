// The words of a failure's annotation and summary section, by its kind: a
// stale fixed-output hash (where it is written and what to write instead), a
// build that failed (which derivation, its last log lines), one killed or out
// of disk (what helps), an evaluation error. Pure: the caller finds the files.
import type { Annotation } from './annotations.js'
import type { FailureDetail } from './report.js'
import type { HashMismatch } from '../nix/failure-kind.js'
import { resourceAdvice, resourceFailure } from '../nix/failure-kind.js'
import type { HashForms } from '../nix/hash-forms.js'
import { sameForm, type HashLocation } from './hash-location.js'
import { fenced } from './summary-sections.js'

/** Lines of a builder's log quoted in an annotation and the summary. */
export const QUOTED_LOG_LINES = 20

export interface Explained {
  annotations: Annotation[]
  detail: FailureDetail
}

// A code span of the flake's text (a file name may hold a backtick or a line break).
const code = (text: string) => `\`${text.replace(/`/g, "'").replace(/[\r\n]/g, ' ')}\``

/**
 * A stale hash: one annotation at each place the repository writes it, with
 * the hash to write there in the same form; without one, the inputs it may
 * have come with.
 */
export function staleHash(
  mismatch: HashMismatch,
  name: string,
  forms: { specified: HashForms | undefined; got: HashForms | undefined },
  locations: readonly HashLocation[],
  lockInputs: readonly string[]
): Explained {
  const title = `Stale hash in ${name}`
  const said = `specified: ${mismatch.specified}\ngot:       ${mismatch.got}`
  const replacement = (at: HashLocation) => (forms.specified && forms.got ? sameForm(at.written, forms.specified, forms.got) : mismatch.got)
  if (locations.length > 0) {
    const annotations = locations.map(at => ({
      title,
      message: `The fixed-output derivation ${name} does not produce this hash.\n${said}\nWrite here: ${replacement(at)}`,
      file: at.file,
      line: at.line,
      column: at.column
    }))
    const places = locations.map(at => `- ${code(`${at.file}:${at.line}`)}: replace ${code(at.written)} with\n\n${fenced(replacement(at), '')}`)
    return {
      annotations,
      detail: {
        title,
        markdown: [`The fixed-output derivation ${code(name)} produced another hash than the one written for it.`, '', fenced(said), '', ...places].join('\n')
      }
    }
  }
  const from =
    lockInputs.length > 0
      ? `It is not written in this repository: it most likely comes with one of the flake's inputs in flake.lock (${lockInputs.map(code).join(', ')}); updating that input (\`nix flake lock --update-input <name>\`) or overriding the derivation fixes it.`
      : 'It is not written in this repository (nor does the flake have a flake.lock naming its inputs): the derivation comes from elsewhere.'
  return {
    annotations: [{ title, message: `The fixed-output derivation ${name} does not produce the hash it states.\n${said}\n${from}` }],
    detail: {
      title,
      markdown: [`The fixed-output derivation ${code(name)} produced another hash than the one it states.`, '', fenced(said), '', from].join('\n')
    }
  }
}

export interface FailedBuild {
  name: string
  /** A flake check's name is said as a check; any other derivation as a build. */
  check: boolean
  /** Nix's error about this derivation. */
  message: string
  /** The builder's last log lines. */
  log: readonly string[]
  /** How many other derivations failed only because they needed this one. */
  dependants?: number
  /** The derivation that failed first, when it is not this one (a check's dependency): the log is its. */
  firstFailed?: string
}

/** A derivation whose builder failed: a failing test, or one killed or out of disk. */
export function failedBuild(build: FailedBuild): Explained {
  const tail = build.log.slice(-QUOTED_LOG_LINES).join('\n')
  const resource = resourceFailure(build.message, build.log)
  const what = build.check ? `Check ${build.name}` : `Build of ${build.name}`
  const title = resource?.kind === 'killed' ? `${what} was killed` : resource?.kind === 'disk' ? `${what} ran out of disk` : `${what} failed`
  const advice = resource ? resourceAdvice(resource) : ''
  const needs = build.firstFailed ? `It needs ${build.firstFailed}, which failed first:` : ''
  const message = [advice, needs, tail !== '' ? tail : build.message].filter(part => part !== '').join('\n\n')
  const others = build.dependants
    ? ` ${build.dependants} other derivation${build.dependants === 1 ? '' : 's'} failed only because ${build.dependants === 1 ? 'it needs' : 'they need'} it.`
    : ''
  const first = build.firstFailed ? `${code(build.firstFailed)}, which ${code(build.name)} needs,` : code(build.name)
  const kind = resource ? '' : `A build failure (evaluation passed): the builder of ${first} failed first.${others}`
  const quoted = tail !== '' ? [`Its last ${Math.min(build.log.length, QUOTED_LOG_LINES)} log lines:`, '', fenced(tail)] : [fenced(build.message)]
  return {
    annotations: [{ title, message }],
    detail: { title, markdown: [advice || kind, ...(advice && others ? [others.trim()] : []), '', ...quoted].join('\n') }
  }
}

/** An evaluation error: nothing was built; the annotation points at the line. */
export function evaluationDetail(annotation: Annotation): FailureDetail {
  const where = annotation.file ? ` at ${code(`${annotation.file}:${annotation.line ?? 1}`)}` : ''
  return {
    title: annotation.title,
    markdown: [`An evaluation error${where}: Nix stopped before building anything.`, '', fenced(annotation.message)].join('\n')
  }
}
