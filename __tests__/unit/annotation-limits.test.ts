// GitHub's limits on annotations, in a file of its own: the count of
// annotations is the process's, as it is the step's.
import { describe, expect, jest, test } from '@jest/globals'
import { annotate, MAX_ERRORS, MAX_MESSAGE_CHARS } from '../../src/nix/failure.js'

describe("GitHub's annotation limits", () => {
  test("at most 9 errors are annotated (one is left for the step's failure), the rest said in the log; long messages are cut", () => {
    const written: string[] = []
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation(chunk => {
      written.push(String(chunk))
      return true
    })
    try {
      annotate({ title: 'warning: unused variable', message: 'a warning counts apart' })
      for (let i = 1; i <= MAX_ERRORS + 3; i++) annotate({ title: `Check c${i} failed`, message: i === 1 ? 'x'.repeat(MAX_MESSAGE_CHARS * 2) : 'failed' })
    } finally {
      spy.mockRestore()
    }
    const lines = written.join('').split('\n')
    expect(lines.filter(line => line.startsWith('::error '))).toHaveLength(MAX_ERRORS)
    expect(lines.filter(line => line.startsWith('::warning '))).toHaveLength(1)
    expect(lines.filter(line => line.startsWith('Not annotated'))).toEqual(
      [10, 11, 12].map(i => `Not annotated (GitHub shows 10 errors per step): Check c${i} failed`)
    )
    const first = lines.find(line => line.includes('title=Check c1 failed')) ?? ''
    expect(first.length).toBeLessThan(MAX_MESSAGE_CHARS + 200)
    expect(first).toContain('cut short; the log has all of it')
  })
})
