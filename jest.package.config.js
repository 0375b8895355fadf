// Jest for the package tests (npm run test:package): pack, install globally and from git, run the installed command.
// They call npm and the registry and take minutes, so they run on their own, from .ci/run.
const base = require('./jest.config.js');

module.exports = { ...base, roots: ['<rootDir>/tests/package'], testPathIgnorePatterns: ['/node_modules/'], testTimeout: 300000 };
