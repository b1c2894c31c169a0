// Small helpers shared by the bench sections in this folder.
import { spawn } from 'node:child_process'

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

export const mb = (bytes: number): string => (bytes < 1024 ** 2 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 ** 2).toFixed(1)} MB`)

export type Reporter = (line: string) => void

/** Runs a command to its end; resolves with its wall time in ms, rejects on a non-zero exit. */
export function timed(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<number> {
  const started = performance.now()
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (chunk: Buffer) => (err = (err + chunk.toString()).slice(-4000)))
    child.on('error', reject)
    child.on('close', code => {
      if (code === 0) resolve(performance.now() - started)
      else reject(new Error(`${command} ${args.join(' ')} exited ${code ?? 'on a signal'}:\n${err}`))
    })
  })
}
