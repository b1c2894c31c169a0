// What the run did, stage by stage: fills the job summary (summary.ts) and
// keeps the commands that reproduce the run locally.
import type { Provenance } from './stages/attest.js'

export type StageStatus = 'passed' | 'failed' | 'skipped'

export interface StageRecord {
  name: string
  status: StageStatus
  seconds: number
  /** Why it was skipped, what failed, or what it produced. */
  note: string
}

export interface ImageReport {
  reference: string
  digest: string
  tags: string[]
  /** An image index's platforms, `linux/amd64, linux/arm64`. */
  platforms?: string
}

export class Report {
  readonly stages: StageRecord[] = []
  readonly commands: string[] = []
  storePath: string | undefined
  image: ImageReport | undefined
  pushDecision: string | undefined
  /** The signed build provenance of the pushed digest (`attest: true`). */
  provenance: Provenance | undefined
  /** Lines the reader must see beside the table (an unused cache, and how to fix it). */
  readonly notes: string[] = []

  record(record: StageRecord): void {
    this.stages.push(record)
  }

  skip(name: string, why: string): void {
    this.record({ name, status: 'skipped', seconds: 0, note: why })
  }

  /** Records the stages that never ran, after a failure stopped the run. */
  skipRest(names: readonly string[], why: string): void {
    for (const name of names) {
      if (!this.stages.some(stage => stage.name === name || stage.name.startsWith(`${name} `))) this.skip(name, why)
    }
  }

  /** A command line worth repeating locally; callers pass no secret. */
  command(line: string): void {
    if (!this.commands.includes(line)) this.commands.push(line)
  }
}
