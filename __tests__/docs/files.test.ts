// The repository files every project needs: an MIT licence and a changelog.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

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
  test('exists with an Unreleased section and the current version', () => {
    expect(existsSync(path.join(root, 'CHANGELOG.md'))).toBe(true)
    const changelog = read('CHANGELOG.md')
    const version = (JSON.parse(read('package.json')) as { version: string }).version
    const headings = [...changelog.matchAll(/^## \[?([^\]\s]+)\]?/gm)].map(match => match[1])
    expect(headings[0]).toBe('Unreleased')
    expect(headings).toContain(version)
    expect(headings).toContain('0.1.0')
  })
})
