// The repository files every project needs: an MIT licence and a changelog.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerToolchains } from './test-runner.js'

const root = fileURLToPath(new URL('../..', import.meta.url))
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')

describe('LICENSE', () => {
  test('is the MIT licence of the Nix Flake CI developers', () => {
    const license = read('LICENSE')
    expect(license).toMatch(/^MIT License\n/)
    expect(license).toMatch(/^Copyright \(c\) 2026 Nix Flake CI developers$/m)
    expect(license).toContain('Permission is hereby granted, free of charge, to any person obtaining a copy')
    expect(license).toContain('THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND')
  })

  test('matches package.json', () => {
    expect((JSON.parse(read('package.json')) as { license?: string }).license).toBe('MIT')
  })
})

describe('CHANGELOG.md', () => {
  const changelog = (): string => read('CHANGELOG.md')
  const headings = (): string[] => [...changelog().matchAll(/^## \[?([^\]\s]+)\]?/gm)].map(match => match[1] ?? '')

  test('exists with an Unreleased section and the current version', () => {
    expect(existsSync(path.join(root, 'CHANGELOG.md'))).toBe(true)
    const version = (JSON.parse(read('package.json')) as { version: string }).version
    expect(headings()[0]).toBe('Unreleased')
    expect(headings()).toContain(version)
    expect(headings()).toContain('0.1.0')
  })

  test('is in Keep a Changelog form: dated versions, changes under Added/Changed/Fixed…', () => {
    expect(changelog()).toContain('keepachangelog.com')
    for (const match of changelog().matchAll(/^## (?!\[Unreleased\])(.*)$/gm)) expect(match[1]).toMatch(/^\[?\d+\.\d+\.\d+\]? - \d{4}-\d{2}-\d{2}$/)
    for (const match of changelog().matchAll(/^### (.*)$/gm)) expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(match[1])
  })

  test('agrees with the release process: v1.0.0 is the first release to pin, 0.1.0 was internal', () => {
    const unreleased =
      changelog()
        .split(/^## /m)
        .find(part => part.startsWith('[Unreleased]')) ?? ''
    expect(unreleased).toMatch(/v1\.0\.0/)
    expect(unreleased).toMatch(/@v1/)
    const first =
      changelog()
        .split(/^## /m)
        .find(part => part.startsWith('0.1.0')) ?? ''
    expect(first).toMatch(/internal/i)
    expect(changelog()).not.toMatch(/First release/)
  })
})

describe('CONTRIBUTING.md', () => {
  const contributing = (): string => read('CONTRIBUTING.md')

  test('gives the demo and the test command, and what they install', () => {
    expect(contributing()).toMatch(/git clone \S+ && cd \S+ && npm run demo/)
    expect(contributing()).toMatch(/^npm test$/m)
    for (const pkg of ['nix-bin', 'skopeo', 'docker-registry', 'apache2-utils']) expect(contributing()).toContain(pkg)
  })

  test('names the toolchains scripts/test.mjs runs', () => {
    const toolchains = runnerToolchains()
    expect(toolchains.length).toBeGreaterThanOrEqual(3)
    for (const name of toolchains) expect(contributing()).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'))
  })

  test('keeps a marked place for the measured time of the whole matrix', () => {
    expect(contributing()).toMatch(/<!-- matrix-time:/)
  })

  test('the npm commands it names are package.json scripts', () => {
    const scripts = (JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts
    for (const file of ['CONTRIBUTING.md', 'README.md']) {
      for (const match of read(file).matchAll(/`npm run ([\w-]+)/g))
        expect({ file, script: match[1], known: (match[1] ?? '') in scripts }).toEqual({ file, script: match[1], known: true })
    }
    expect(scripts['test']).toBeDefined()
  })

  const ciRun = path.join(root, '.ci', 'run')
  ;(existsSync(ciRun) ? test : test.skip)('.ci/run calls npm test, as it says', () => {
    const commands = read('.ci/run')
      .split('\n')
      .map(line => line.trim())
      .filter(line => line !== '' && !line.startsWith('#'))
    expect(commands).toContain('npm test')
    expect(contributing()).toMatch(/`\.ci\/run` calls exactly this/)
  })
})
