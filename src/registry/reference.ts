// The OCI distribution grammar for the parts of `<registry>/<image>:<tag>`.
// Checked up front so that skopeo never sees a value it could read as an
// option, and a typo fails before a long build rather than after it.

const HOST_LABEL = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])'
const REGISTRY = new RegExp(`^(?:${HOST_LABEL}(?:\\.${HOST_LABEL})*|\\[[0-9a-fA-F:.]+\\])(?::[0-9]{1,5})?$`)
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const IMAGE = new RegExp(`^${PATH_COMPONENT}(?:/${PATH_COMPONENT})*$`)
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/

/** Returns why `value` is not a registry host, or undefined when it is one. */
export function registryProblem(value: string): string | undefined {
  if (/^[a-z]+:\/\//i.test(value)) return 'a host name without a scheme, e.g. `quay.io` (drop the `https://`)'
  if (value.includes('/')) return 'a host name only, e.g. `quay.io`; put the repository path in `image`'
  if (!REGISTRY.test(value)) return 'a host name with an optional port, e.g. `quay.io`, `ghcr.io` or `127.0.0.1:5000`'
  const port = /:(\d+)$/.exec(value)?.[1]
  if (port !== undefined && Number(port) > 65535) return 'a port no larger than 65535'
  return undefined
}

export function imageProblem(value: string): string | undefined {
  if (value.length > 255) return 'a repository path of at most 255 characters'
  if (!IMAGE.test(value)) {
    const hint = /[A-Z]/.test(value) ? ' (repository names are lower case)' : ''
    return `a repository path of lower-case letters, digits and separators (. _ - /), e.g. \`upgrades/k8s-cloud-tagger-dev\`${hint}`
  }
  return undefined
}

export function tagProblem(value: string): string | undefined {
  if (!TAG.test(value)) {
    return 'tags of 1 to 128 letters, digits, `_`, `.` or `-`, not starting with `.` or `-`'
  }
  return undefined
}
