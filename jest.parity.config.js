// Jest for the parity test: our PDF against LibreOffice's rendering of our DOCX (needs LibreOffice).
const base = require('./jest.config.js');

module.exports = { ...base, roots: ['<rootDir>/tests/parity'], testPathIgnorePatterns: ['/node_modules/'], testTimeout: 300000 };
