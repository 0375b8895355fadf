// Jest for plan preview in a real browser (npm run test:preview): Debian's chromium driven by puppeteer-core. It times
// each update of the page, so it runs on its own, one test at a time, not beside the main suite's workers.
const base = require('./jest.config.js');

module.exports = { ...base, roots: ['<rootDir>/tests/preview'], testPathIgnorePatterns: ['/node_modules/'], testTimeout: 120000 };
