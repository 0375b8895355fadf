// Jest: TypeScript through swc (type-checking is `npm run typecheck`), tests in tests/.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // The parity test needs LibreOffice and runs on its own: npm run test:parity; the workflow test runs npm ci on a
  // fresh copy: npm run test:workflow; the package tests (npm pack and installs) take minutes: npm run test:package;
  // the preview in a real browser times its updates, so it runs alone: npm run test:preview.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/parity/', '<rootDir>/tests/workflow/', '<rootDir>/tests/package/', '<rootDir>/tests/preview/'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testTimeout: 60000,
};
