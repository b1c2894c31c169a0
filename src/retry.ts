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

/** The first wait when NIX_FLAKE_CI_RETRY_BASE_SECONDS does not set another. */
const DEFAULT_BASE_SECONDS = 5

// A documented setting (README, Environment variables), not an input: it is
// the runner's business (a self-hosted runner behind a local mirror retries
// sooner), and the tests set it the same way.
function baseSeconds(): number {
  const text = process.env['NIX_FLAKE_CI_RETRY_BASE_SECONDS']?.trim() ?? ''
  const value = Number(text)
  return text !== '' && Number.isFinite(value) && value >= 0 ? value : DEFAULT_BASE_SECONDS
}

/** One wait is at most this long, so a rate-limited job says it failed within minutes, not hours. */
export const MAX_WAIT_SECONDS = 60

export function backoffSeconds(attempt: number): number {
  return Math.min(MAX_WAIT_SECONDS, baseSeconds() * 2 ** (attempt - 1))
}

/** The longest a job waits between `attempts` tries in all: 5 + 10 s for the default 3. */
export function totalWaitSeconds(attempts: number, delay: (attempt: number) => number = backoffSeconds): number {
  let total = 0
  for (let attempt = 1; attempt < attempts; attempt++) total += delay(attempt)
  // Tenths are enough to say, and keep 0.2 + 0.4 from printing as 0.6000000000000001.
  return Math.round(total * 10) / 10
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
