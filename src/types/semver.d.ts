// The part of semver (a dependency of @actions/cache, bundled already) that
// this action uses; @types/semver is not installed, so it is declared here.
declare module 'semver' {
  interface SemVer {
    major: number
    minor: number
    patch: number
    prerelease: ReadonlyArray<string | number>
    build: readonly string[]
  }
  const semver: {
    /** The version in `text` (`v1.2.3-rc.1+b`), or null when it is not a semantic version. */
    parse(text: string): SemVer | null
    /** The first `X[.Y[.Z]]` in `text` as a version (`2.25.0pre2024…` gives 2.25.0), or null. */
    coerce(text: string): SemVer | null
    gte(a: SemVer | string, b: SemVer | string): boolean
  }
  export default semver
}
