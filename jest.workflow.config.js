// Jest for the workflow test: .github/workflows/documents.yml run on a fresh copy, npm ci included (slow, so apart).
const base = require('./jest.config.js');

module.exports = { ...base, roots: ['<rootDir>/tests/workflow'], testPathIgnorePatterns: ['/node_modules/'], testTimeout: 900000 };
