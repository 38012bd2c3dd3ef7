/** ESM TypeScript through ts-jest; `.js` import suffixes map back to the `.ts` sources. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 10000,
  globalSetup: '<rootDir>/__tests__/setup/tmpdir.js'
}
