import { adviceFor, classifySkopeoFailure, skopeoError, tlsFlags, type FailureKind, type SkopeoTarget } from '../../src/registry/skopeo.js'
import {
  SKOPEO_LOGIN_429,
  SKOPEO_LOGIN_503,
  SKOPEO_LOGIN_CONNECTION_REFUSED,
  SKOPEO_LOGIN_HTTPS_TO_HTTP,
  SKOPEO_LOGIN_WRONG_PASSWORD,
  SKOPEO_PUSH_429,
  SKOPEO_PUSH_503,
  SKOPEO_PUSH_CONNECTION_REFUSED,
  SKOPEO_PUSH_HTTPS_TO_HTTP,
  SKOPEO_PUSH_UNAUTHENTICATED
} from './recorded-output.js'

describe('classifySkopeoFailure on what skopeo 1.9 printed', () => {
  it.each([
    ['login with a wrong password', SKOPEO_LOGIN_WRONG_PASSWORD, 'credentials'],
    ['push without credentials', SKOPEO_PUSH_UNAUTHENTICATED, 'credentials'],
    ['push to a registry that is down', SKOPEO_PUSH_CONNECTION_REFUSED, 'transient'],
    ['login to a registry that is down', SKOPEO_LOGIN_CONNECTION_REFUSED, 'transient'],
    ['push answered 503', SKOPEO_PUSH_503, 'transient'],
    ['login answered 503', SKOPEO_LOGIN_503, 'transient'],
    ['push answered 429', SKOPEO_PUSH_429, 'transient'],
    ['login answered 429', SKOPEO_LOGIN_429, 'transient'],
    ['HTTPS push to a plain-HTTP registry', SKOPEO_PUSH_HTTPS_TO_HTTP, 'tls'],
    ['HTTPS login to a plain-HTTP registry', SKOPEO_LOGIN_HTTPS_TO_HTTP, 'tls']
  ] as Array<[string, string, FailureKind]>)('%s is %s', (_what, output, kind) => {
    expect(classifySkopeoFailure(output)).toBe(kind)
  })

  it('a certificate problem is a TLS failure', () => {
    expect(
      classifySkopeoFailure(
        'time="2026-11-24T10:38:44Z" level=fatal msg="pinging container registry reg.example.com: Get \\"https://reg.example.com/v2/\\": x509: certificate signed by unknown authority"'
      )
    ).toBe('tls')
  })

  it('something else is other, not retried', () => {
    expect(classifySkopeoFailure('time="2026-11-24T10:38:44Z" level=fatal msg="open /tmp/result: no such file or directory"')).toBe('other')
  })
})

describe('skopeoError', () => {
  it('gives the message of the fatal line, without logfmt time and level, quotes unescaped', () => {
    expect(skopeoError(SKOPEO_LOGIN_WRONG_PASSWORD)).toBe('logging into "127.0.0.1:18766": invalid username/password')
  })

  it.each([
    ['unauthenticated', SKOPEO_PUSH_UNAUTHENTICATED, 'exists in 127.0.0.1:18766/a/b: unauthorized: authentication required'],
    ['connection refused', SKOPEO_PUSH_CONNECTION_REFUSED, 'Get "http://127.0.0.1:1/v2/": dial tcp 127.0.0.1:1: connect: connection refused'],
    ['plain HTTP', SKOPEO_PUSH_HTTPS_TO_HTTP, 'Get "https://127.0.0.1:18766/v2/": http: server gave HTTP response to HTTPS client'],
    ['503', SKOPEO_PUSH_503, 'invalid status code from registry 503 (Service Unavailable)']
  ])("picks the error out of a copy's progress lines (%s)", (_what, output, ending) => {
    const message = skopeoError(output)
    expect(message.endsWith(ending)).toBe(true)
    expect(message.startsWith('trying to reuse blob')).toBe(true)
    expect(message).not.toMatch(/level=fatal|time=|Getting image source|\\"/)
  })

  it('gives the last line when skopeo printed no error line', () => {
    expect(skopeoError('Getting image source signatures\nsomething odd\n')).toBe('something odd')
  })
})

describe('adviceFor', () => {
  const target: SkopeoTarget = { bin: 'skopeo', registry: 'quay.io', tlsVerify: true, authFile: undefined, attempts: 4 }

  it('on credentials: check username and password, for that registry', () => {
    const advice = adviceFor('credentials', target)
    expect(advice).toContain('quay.io')
    expect(advice).toContain('`username`')
    expect(advice).toContain('`password`')
  })

  it('on TLS: plain-HTTP registries need tls-verify: false', () => {
    const advice = adviceFor('tls', { ...target, registry: '127.0.0.1:5000' })
    expect(advice).toContain('127.0.0.1:5000')
    expect(advice).toContain('tls-verify: false')
  })

  it('on transient failures: says how many tries were made and what helps', () => {
    const advice = adviceFor('transient', target)
    expect(advice).toContain('quay.io')
    expect(advice).toContain(String(target.attempts))
    expect(advice).toContain('`attempts`')
  })

  it('differs per kind', () => {
    const kinds: FailureKind[] = ['credentials', 'tls', 'transient', 'other']
    expect(new Set(kinds.map(kind => adviceFor(kind, target))).size).toBe(kinds.length)
  })
})

describe('tlsFlags', () => {
  it('turns TLS verification off only when asked, for the side named', () => {
    expect(tlsFlags('dest-', true)).toEqual([])
    expect(tlsFlags('dest-', false)).toEqual(['--dest-tls-verify=false'])
    expect(tlsFlags('src-', false)).toEqual(['--src-tls-verify=false'])
    expect(tlsFlags('', false)).toEqual(['--tls-verify=false'])
  })
})
