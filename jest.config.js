/** Unit and property tests; end-to-end tests (LibreOffice, Chromium) run through `npm run test:e2e`. */
module.exports = {
  testEnvironment: "node",
  globalSetup: "<rootDir>/test/buildCli.js",
  reporters: ["default", "<rootDir>/test/summaryReporter.js"],
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.jest.json", diagnostics: false }] },
};
