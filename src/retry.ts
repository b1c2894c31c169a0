// Tries work again after a backoff while its failure looks transient.
export interface RetryOptions {
  attempts: number
  /** Seconds before try n+1 (n starting at 1); doubling from the base by default. */
  delaySeconds?: (attempt: number) => number
  onRetry?: (attempt: number, waitSeconds: number, reason: string) => void
}

export interface Attempt<T> {
  /** The result, and why another try could help (undefined: final). */
  result: T
  retryReason: string | undefined
}

// NIX_FLAKE_CI_RETRY_BASE_SECONDS shortens the wait for tests and benchmarks;
// users have no reason to set it.
function baseSeconds(): number {
  const value = Number(process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS'])
  return Number.isFinite(value) && value >= 0 && process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS'] !== undefined ? value : 5
}

export function backoffSeconds(attempt: number): number {
  return baseSeconds() * 2 ** (attempt - 1)
}

const sleep = (seconds: number) => new Promise<void>(resolve => setTimeout(resolve, seconds * 1000))

/** Runs `work(attempt)` until it returns a final result or the tries run out; returns the last result. */
export async function retry<T>(work: (attempt: number) => Promise<Attempt<T>>, options: RetryOptions): Promise<{ result: T; attempts: number }> {
  const delay = options.delaySeconds ?? backoffSeconds
  for (let attempt = 1; ; attempt++) {
    const { result, retryReason } = await work(attempt)
    if (retryReason === undefined || attempt >= options.attempts) return { result, attempts: attempt }
    const wait = delay(attempt)
    options.onRetry?.(attempt, wait, retryReason)
    await sleep(wait)
  }
}
