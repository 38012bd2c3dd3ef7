/** ESM TypeScript through ts-jest; `.js` import suffixes map back to the `.ts` sources. */
export default {
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true }] },
  testTimeout: 10000,
  // Most of the suite's time is bundle runs waiting on wall-clock scenarios (one worker keeps a 2-core machine
  // at a load under 1): two workers overlap the waits. Tests are sized for a busier machine than this.
  maxWorkers: 2,
  globalSetup: '<rootDir>/__tests__/setup/tmpdir.js'
}
