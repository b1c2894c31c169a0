// docs/migrating.md maps the inputs of the actions users come from to ours.
// Their names are held to lists recorded from each action's action.yml (at
// the commit named beside it), ours to action.yml, so a misspelt or renamed
// input on either side fails here.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'yaml'

const root = fileURLToPath(new URL('../..', import.meta.url))
const guide = readFileSync(path.join(root, 'docs', 'migrating.md'), 'utf8')
const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: object; outputs: object }
const ours = { input: Object.keys(action.inputs), output: Object.keys(action.outputs) }

interface Anchor {
  /** Their inputs and outputs as their action.yml names them. */
  input: string[]
  output: string[]
  /** The ones the guide must map, the rest may be left out. */
  mapped: string[]
}

// Recorded from each repository's action.yml on its default branch.
const ANCHORS: Record<string, Anchor> = {
  // cachix/install-nix-action 630ae54 (2026-07-14)
  'cachix/install-nix-action': {
    input: ['extra_nix_config', 'github_access_token', 'install_url', 'install_options', 'nix_path', 'enable_kvm', 'set_as_trusted_user'],
    output: [],
    mapped: ['extra_nix_config', 'github_access_token', 'install_url', 'install_options', 'nix_path', 'enable_kvm', 'set_as_trusted_user']
  },
  // DeterminateSystems/nix-installer-action 4a754ab (2026-04-29)
  'DeterminateSystems/nix-installer-action': {
    input: [
      'backtrace',
      'determinate',
      'extra-args',
      'extra-conf',
      'flakehub',
      'force-no-systemd',
      'github-token',
      'github-server-url',
      'init',
      'job-status',
      'kvm',
      'local-root',
      'log-directives',
      'logger',
      'ssl-cert-file',
      'proxy',
      'mac-case-sensitive',
      'mac-encrypt',
      'mac-root-disk',
      'mac-volume-label',
      'modify-profile',
      'nix-build-group-id',
      'nix-build-group-name',
      'nix-build-user-base',
      'nix-build-user-count',
      'nix-build-user-prefix',
      'source-binary',
      'source-branch',
      'source-pr',
      'source-revision',
      'source-tag',
      'source-url',
      'nix-package-url',
      'planner',
      'reinstall',
      'start-daemon',
      'diagnostic-endpoint',
      'trust-runner-user',
      'summarize',
      'nix-installer-branch',
      'nix-installer-pr',
      'nix-installer-revision',
      'nix-installer-tag',
      'nix-installer-url',
      '_internal-strict-mode'
    ],
    output: [],
    mapped: ['extra-conf', 'github-token', 'determinate', 'trust-runner-user', 'kvm', 'planner', 'extra-args']
  },
  // docker/login-action 9f4a8ea (2026-04-27)
  'docker/login-action': {
    input: ['registry', 'username', 'password', 'ecr', 'scope', 'logout', 'registry-auth'],
    output: [],
    mapped: ['registry', 'username', 'password', 'ecr', 'logout']
  },
  // redhat-actions/push-to-registry 72ae595 (2026-08-04)
  'redhat-actions/push-to-registry': {
    input: [
      'image',
      'tags',
      'registry',
      'username',
      'password',
      'tls-verify',
      'digestfile',
      'sigstore-private-key',
      'sign-passphrase',
      'remote',
      'podman-args',
      'extra-args'
    ],
    output: ['digest', 'registry-path', 'registry-paths'],
    mapped: ['image', 'tags', 'registry', 'username', 'password', 'tls-verify', 'digestfile', 'extra-args', 'digest', 'registry-paths']
  },
  // actions/attest-build-provenance 10334b5 (2026-03-04)
  'actions/attest-build-provenance': {
    input: [
      'subject-path',
      'subject-digest',
      'subject-name',
      'subject-checksums',
      'predicate-type',
      'predicate',
      'predicate-path',
      'push-to-registry',
      'create-storage-record',
      'show-summary',
      'github-token'
    ],
    output: ['bundle-path', 'attestation-id', 'attestation-url', 'storage-record-ids'],
    mapped: [
      'subject-name',
      'subject-digest',
      'subject-path',
      'push-to-registry',
      'show-summary',
      'github-token',
      'attestation-id',
      'attestation-url',
      'bundle-path'
    ]
  },
  // cachix/cachix-action 4ee5453 (2026-04-26); camelCase, as it spells them.
  'cachix/cachix-action': {
    input: [
      'name',
      'extraPullNames',
      'authToken',
      'signingKey',
      'skipPush',
      'useDaemon',
      'pathsToPush',
      'pushFilter',
      'skipAddingSubstituter',
      'cachixArgs',
      'cachixBin',
      'installCommand'
    ],
    output: [],
    mapped: ['name', 'authToken', 'extraPullNames', 'signingKey', 'skipPush']
  },
  // DeterminateSystems/magic-nix-cache-action 908b263 (2026-05-15)
  'DeterminateSystems/magic-nix-cache-action': {
    input: [
      'use-gha-cache',
      'listen',
      'upstream-cache',
      'diagnostic-endpoint',
      'use-flakehub',
      'flakehub-cache-server',
      'flakehub-api-server',
      'flakehub-flake-name',
      'startup-notification-port',
      'diff-store',
      'source-binary',
      'source-branch',
      'source-pr',
      'source-revision',
      'source-tag',
      'source-url',
      '_internal-strict-mode'
    ],
    output: [],
    mapped: ['use-gha-cache', 'upstream-cache', 'use-flakehub']
  },
  // nix-community/cache-nix-action 087dd12b (2026-04-27)
  'nix-community/cache-nix-action': {
    input: [
      'primary-key',
      'restore-prefixes-first-match',
      'restore-prefixes-all-matches',
      'lookup-only',
      'fail-on',
      'nix',
      'save',
      'paths',
      'paths-macos',
      'paths-linux',
      'backend',
      'gc-max-store-size',
      'gc-max-store-size-macos',
      'gc-max-store-size-linux',
      'purge',
      'purge-primary-key',
      'purge-prefixes',
      'purge-last-accessed',
      'purge-created',
      'upload-chunk-size',
      'token'
    ],
    output: ['primary-key', 'hit', 'hit-primary-key', 'hit-first-match', 'restored-key', 'restored-keys'],
    mapped: ['primary-key', 'restore-prefixes-first-match', 'save', 'gc-max-store-size', 'paths']
  },
  // docker/metadata-action dc80280 (2026-07-02)
  'docker/metadata-action': {
    input: ['context', 'images', 'tags', 'flavor', 'labels', 'annotations', 'sep-tags', 'sep-labels', 'sep-annotations', 'bake-target', 'github-token'],
    output: ['version', 'tags', 'tag-names', 'labels', 'annotations', 'json', 'bake-file-tags', 'bake-file-labels', 'bake-file-annotations', 'bake-file'],
    mapped: ['images', 'tags', 'flavor', 'labels']
  }
}

/** The guide's text under `## title`, up to the next `## `. */
function section(title: string): string {
  const lines = guide.split('\n')
  const start = lines.findIndex(line => line.trim() === `## ${title}`)
  if (start < 0) throw new Error(`docs/migrating.md has no "## ${title}" section`)
  const end = lines.findIndex((line, index) => index > start && /^## /.test(line))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** Markdown tables in `text`: the header's first cell, and each row's cells. */
function tables(text: string): Array<{ kind: string; rows: string[][] }> {
  const found: Array<{ kind: string; rows: string[][] }> = []
  let current: { kind: string; rows: string[][] } | undefined
  for (const line of text.split('\n')) {
    if (!line.trim().startsWith('|')) {
      current = undefined
      continue
    }
    const cells = line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map(cell => cell.trim())
    if (!current) found.push((current = { kind: cells[0] ?? '', rows: [] }))
    else if (!cells.every(cell => /^:?-{3,}:?$/.test(cell))) current.rows.push(cells)
  }
  return found
}

const spans = (cell: string | undefined): string[] => [...(cell ?? '').matchAll(/`([^`]+)`/g)].map(match => match[1] ?? '')

/** The name a span refers to: `name`, `name: value` or `name=value`; undefined for values, templates, paths. */
function nameOf(span: string): string | undefined {
  return /^([A-Za-z_][A-Za-z0-9_-]*)(?:[:=]\s?\S.*)?$/.exec(span)?.[1]
}

describe('docs/migrating.md', () => {
  test('is linked from the README', () => {
    expect(readFileSync(path.join(root, 'README.md'), 'utf8')).toMatch(/\]\(docs\/migrating\.md\)/)
  })

  test.each(Object.keys(ANCHORS))('maps every input of %s that users set, with names as that action spells them', name => {
    const anchor = ANCHORS[name]
    if (anchor === undefined) throw new Error(`no anchors for ${name}`)
    const theirs: string[] = []
    for (const { kind, rows } of tables(section(name))) {
      expect(['input', 'output']).toContain(kind)
      for (const row of rows) {
        const [their] = spans(row[0])
        expect(their).toBeDefined()
        const theirName = nameOf(their ?? '')
        expect({ table: kind, name: theirName, known: anchor[kind as 'input' | 'output'].includes(theirName ?? '') }).toEqual({
          table: kind,
          name: theirName,
          known: true
        })
        theirs.push(theirName ?? '')
        // Ours: every span naming something must be one of our inputs (or outputs).
        for (const span of spans(row[1])) {
          const our = nameOf(span)
          if (our !== undefined) expect({ span, ours: ours[kind as 'input' | 'output'].includes(our) }).toEqual({ span, ours: true })
        }
        expect(row[1]).toMatch(/`|—/)
      }
    }
    expect(anchor.mapped.filter(input => !theirs.includes(input))).toEqual([])
  })

  test('maps the hand-written commands to inputs that exist', () => {
    const [table] = tables(section('From hand-written commands'))
    expect(table?.rows.length).toBeGreaterThan(5)
    const named = (table?.rows ?? []).flatMap(row => spans(row[1])).map(span => nameOf(span) ?? span)
    expect(named.filter(name => !ours.input.includes(name))).toEqual([])
    for (const input of ['check', 'checks', 'check-args', 'package', 'registry', 'image', 'tags', 'username', 'password', 'tls-verify']) {
      expect(named).toContain(input)
    }
  })

  test('keeps Cachix (a shared cache) and drops the cache actions that keep the same paths in the Actions cache', () => {
    expect(section('cachix/cachix-action')).toMatch(/\*\*keep Cachix\*\*/)
    expect(section('cachix/cachix-action')).toContain('](../examples/cachix.yml)')
    expect(section('DeterminateSystems/magic-nix-cache-action')).toMatch(/\*\*drop magic-nix-cache-action\*\*/i)
    expect(section('nix-community/cache-nix-action')).toMatch(/\*\*drop cache-nix-action\*\*/i)
  })

  test('says what behaves differently', () => {
    const differences = section('What behaves differently')
    for (const topic of ['push: auto', 'nix.conf', 'GitHub Enterprise Server', 'attempts', 'cache']) expect(differences).toContain(topic)
  })
})
