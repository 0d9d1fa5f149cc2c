// One Jest run for the whole workspace: unit specs, integration specs against the real
// PostgreSQL + Meilisearch started by the global setup, and browser specs in Chromium.
const swc = ['@swc/jest', { swcrc: false, ...require('./tools/testing/swc-options.js') }];

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/tools', '<rootDir>/migrations'],
  testMatch: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/*.browser-spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: { '^.+\\.(t|j|mj)sx?$': swc },
  // meilisearch (>= 0.57) and a few transitive packages ship ESM only.
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities)/)'],
  moduleNameMapper: { '^@bsc/domain$': '<rootDir>/libs/domain/src/index.ts' },
  globalSetup: '<rootDir>/tools/testing/global-setup.ts',
  globalTeardown: '<rootDir>/tools/testing/global-teardown.ts',
  maxWorkers: 2,
  testTimeout: 30_000,
};
