// What the run did, stage by stage: fills the job summary (summary.ts) and
// keeps the commands that reproduce the run locally. Stages fill it through
// RunRecorder's methods only; the summary reads it.

export type StageStatus = 'passed' | 'failed' | 'skipped'

export interface StageRecord {
  name: string
  status: StageStatus
  seconds: number
  /** Why it was skipped, what failed, or what it produced. */
  note: string
  /** The pipeline stage this row is part of, when the row is one piece of it (a named check's row is part of `check`). */
  stage?: string
}

export interface ImageReport {
  reference: string
  digest: string
  tags: string[]
  /** An image index's platforms, `linux/amd64, linux/arm64`. */
  platforms?: string
}

export interface Provenance {
  /** What the statement names: `<registry>/<image>`, as attest-build-provenance's `subject-name`. */
  subject: string
  digest: string
  /** The attestations API's id, and where GitHub shows it. */
  id: string | undefined
  url: string | undefined
  /** The transparency-log index, when the Sigstore instance has a log (public repositories). */
  tlogIndex: string | undefined
}
/** One failure explained for the summary: what kind it was, and what to do. */
export interface FailureDetail {
  /** `Stale hash in vendor-src`, `Build of app failed`, `Nix evaluation error`. */
  title: string
  /** Markdown: where, what Nix said, what to paste or what helps. */
  markdown: string
}

/** One derivation built or substituted in the run, and how long it took. */
export interface TimedDerivation {
  /** The derivation's or the store path's name, without its hash. */
  name: string
  kind: 'built' | 'substituted'
  seconds: number
}

/** What a stage may record about the run. */
export interface RunRecorder {
  record(record: StageRecord): void
  skip(name: string, why: string): void
  /** A command line worth repeating locally; callers pass no secret. */
  command(line: string): void
  built(storePath: string): void
  pushed(image: ImageReport): void
  notPushed(reason: string): void
  attested(provenance: Provenance): void
  /** A line the reader must see beside the table (an unused cache, and how to fix it). */
  warn(note: string): void
  /** A failure explained (kind, place, what to do). */
  explain(detail: FailureDetail): void
  /** The derivations a command built or substituted, with their times. */
  timed(derivations: readonly TimedDerivation[]): void
}

export class Report implements RunRecorder {
  readonly #stages: StageRecord[] = []
  readonly #commands: string[] = []
  readonly #notes: string[] = []
  #storePath: string | undefined
  #image: ImageReport | undefined
  #pushDecision: string | undefined
  #provenance: Provenance | undefined
  readonly #failures: FailureDetail[] = []
  readonly #timeline: TimedDerivation[] = []

  get stages(): readonly StageRecord[] {
    return this.#stages
  }
  get commands(): readonly string[] {
    return this.#commands
  }
  get notes(): readonly string[] {
    return this.#notes
  }
  get storePath(): string | undefined {
    return this.#storePath
  }
  get image(): ImageReport | undefined {
    return this.#image
  }
  /** Why nothing was pushed, when the push policy said so. */
  get pushDecision(): string | undefined {
    return this.#pushDecision
  }
  /** The signed build provenance of the pushed digest (`attest: true`). */
  get provenance(): Provenance | undefined {
    return this.#provenance
  }

  get failures(): readonly FailureDetail[] {
    return this.#failures
  }
  /** Every derivation timed in the run, slowest first. */
  get timeline(): readonly TimedDerivation[] {
    return this.#timeline
  }

  explain(detail: FailureDetail): void {
    this.#failures.push(detail)
  }

  timed(derivations: readonly TimedDerivation[]): void {
    this.#timeline.push(...derivations)
    this.#timeline.sort((a, b) => b.seconds - a.seconds)
  }

  record(record: StageRecord): void {
    this.#stages.push(record)
  }

  skip(name: string, why: string): void {
    this.record({ name, status: 'skipped', seconds: 0, note: why })
  }

  command(line: string): void {
    if (!this.#commands.includes(line)) this.#commands.push(line)
  }

  built(storePath: string): void {
    this.#storePath = storePath
  }

  pushed(image: ImageReport): void {
    this.#image = image
  }

  notPushed(reason: string): void {
    this.#pushDecision = reason
  }

  attested(provenance: Provenance): void {
    this.#provenance = provenance
  }

  warn(note: string): void {
    this.#notes.push(note)
  }

  /** Records the stages that have no row yet, after a failure stopped the run. */
  skipRest(names: readonly string[], why: string): void {
    for (const name of names) {
      if (!this.#stages.some(row => (row.stage ?? row.name) === name)) this.skip(name, why)
    }
  }
}
