/** Jest runs every test in test/ against real databases and real HTTP; TZ is fixed so date tests do not depend on the machine. */
process.env.TZ = "UTC";
process.env.NODE_ENV = "test";
// Entities pick their column types from DATABASE_URL when loaded; tests run on TEST_DATABASE_URL (default: SQLite).
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL || "sqlite::memory:";

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/client/"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  setupFiles: ["reflect-metadata"],
  testTimeout: 30000,
};
