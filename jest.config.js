// Jest: TypeScript through swc (type-checking is `npm run typecheck`), tests in tests/.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  // The parity test needs LibreOffice and runs on its own: npm run test:parity.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/parity/'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { target: 'es2022' } }] },
  testTimeout: 60000,
};
