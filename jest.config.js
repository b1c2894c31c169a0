// ESM + TypeScript: ts-jest transpiles, `tsc` (npm run build) type-checks.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // End-to-end tests share the machine's Nix store and skopeo's root blob-info
  // cache, so files run one at a time (scripts/test.mjs passes --runInBand).
  testTimeout: 600_000,
  // scripts/test.mjs names the toolchain (Nix, skopeo, Node) on every result line and failure.
  ...(process.env.NFCI_TOOLCHAIN_LABEL ? { displayName: process.env.NFCI_TOOLCHAIN_LABEL } : {}),
  verbose: true
}
