// Runs one stage inside its own log group and records its result and time.
import * as core from '@actions/core'
import { StageError, errorMessage } from './errors.js'
import type { RunRecorder } from './report/report.js'

export interface StageOptions<T> {
  /** The summary's note for a result; a string result is its own note. */
  note?: (result: T) => string
  /** When the work really began, for a stage that started before its group (Date.now()). */
  startedAt?: number
}

export async function runStage<T>(report: RunRecorder, name: string, work: () => Promise<T>, options: StageOptions<T> = {}): Promise<T> {
  const started = options.startedAt ?? Date.now()
  const seconds = () => (Date.now() - started) / 1000
  const body = async () => {
    try {
      const result = await work()
      const note = options.note ? options.note(result) : typeof result === 'string' ? result : ''
      report.record({ name, status: 'passed', seconds: seconds(), note })
      return result
    } catch (error) {
      throw stageFailed(report, name, seconds(), error)
    }
  }
  return core.group(name, body)
}

/** Records stage `name` as failed with the error's first line; returns the error that ends the run. */
export function stageFailed(report: RunRecorder, name: string, seconds: number, error: unknown): StageError {
  const message = errorMessage(error)
  report.record({ name, status: 'failed', seconds, note: message.split('\n')[0] ?? message })
  return error instanceof StageError ? error : new StageError(name, message)
}
