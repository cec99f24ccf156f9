/** End-to-end tests: real files through LibreOffice (and browsers); slow, run with `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 180000,
  transform: { "^.+\\.tsx?$": ["ts-jest", { diagnostics: false }] },
};
