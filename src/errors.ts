/** A value the user gave is wrong; raised before any stage runs. */
export class InputError extends Error {
  constructor(
    readonly input: string,
    message: string
  ) {
    super(`Input '${input}': ${message}`)
    this.name = 'InputError'
  }
}

/** A stage failed; the message already says what the tool said and what to try. */
export class StageError extends Error {
  constructor(
    readonly stage: string,
    message: string
  ) {
    super(message)
    this.name = 'StageError'
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
