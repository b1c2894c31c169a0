/** Splits the `tags` input on commas and new lines, dropping empty entries and repeats. */
export function splitList(value: string): string[] {
  const items = value
    .split(/[,\n]/)
    .map(item => item.trim())
    .filter(item => item.length > 0)
  return [...new Set(items)]
}

/** The tags to push: the ones given, or `sha-<first 7 of the commit>`. */
export function resolveTags(given: readonly string[], sha: string | undefined): string[] {
  if (given.length > 0) return [...given]
  if (!sha || !/^[0-9a-f]{7,}$/i.test(sha)) {
    throw new Error('no `tags` given and GITHUB_SHA is not a commit hash, so no default `sha-<commit>` tag can be made')
  }
  return [`sha-${sha.slice(0, 7).toLowerCase()}`]
}
