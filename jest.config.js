// ESM + TypeScript: ts-jest transpiles, `tsc` (npm run build) type-checks.
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }]
  },
  testMatch: ['**/__tests__/**/*.test.ts'],
  // Files run side by side (scripts/test.mjs passes --maxWorkers): every
  // end-to-end file gets a Nix store and skopeo blob-info cache of its own
  // through the test helpers (test-support/own-store.ts); runs that need the
  // machine's store (a nix-daemon's) delete only what they salted for themselves.
  testTimeout: 600_000,
  // scripts/test.mjs names the toolchain (Nix, skopeo, Node) on every result line and failure.
  ...(process.env.NFCI_TOOLCHAIN_LABEL ? { displayName: process.env.NFCI_TOOLCHAIN_LABEL } : {}),
  verbose: true
}
