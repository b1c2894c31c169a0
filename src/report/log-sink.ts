// Where a stage's log lines go. Usually straight to stdout; a stage that runs
// alongside another (the build, while the checks run) holds its lines back
// and lets them out inside its own group once the other is done.
export interface LogSink {
  /** Text as is (tool output, workflow commands). */
  write(text: string): void
  /** Something to do in log order: an annotation, a warning. */
  later(action: () => void): void
}

export const stdoutSink: LogSink = {
  write: text => void process.stdout.write(text),
  later: action => {
    action()
  }
}

export class DeferredSink implements LogSink {
  private queue: (() => void)[] | undefined = []

  write(text: string): void {
    this.later(() => process.stdout.write(text))
  }

  later(action: () => void): void {
    if (this.queue) this.queue.push(action)
    else action()
  }

  /** Prints what was held back; from now on everything passes straight through. */
  release(): void {
    const queued = this.queue ?? []
    this.queue = undefined
    for (const action of queued) action()
  }
}
