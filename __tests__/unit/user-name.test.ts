import { describe, expect, it } from '@jest/globals'
import { trustableUserName } from '../../src/runner/user-name.js'
import { trustLines } from '../../src/runner/trust.js'

describe("the job's user name, before it goes into the daemon's trusted-users", () => {
  it.each(['runner', 'ci_bot', '_svc', 'build-01', 'a.b'])('takes the portable name %s', name => {
    expect(trustableUserName(name)).toBe(name)
    expect(trustLines(name)).toEqual([`extra-trusted-users = ${name}`])
  })

  // Each would trust someone else, a group, or add a setting as root.
  it.each(['runner alice', '@wheel', '-runner', 'runner\npost-build-hook = /tmp/x', '*', '', 'root\tbob', 'ünïcode', '1st$'])('refuses %j, naming it', name => {
    expect(() => trustableUserName(name)).toThrow(/not a portable user name/)
    expect(() => trustLines(name)).toThrow(JSON.stringify(name))
  })
})
