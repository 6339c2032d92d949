/** Jest runs the server tests (real databases, real HTTP) and the client's component tests together; TZ is fixed so date tests do not depend on the machine. */
process.env.TZ = "UTC";
process.env.NODE_ENV = "test";
// Entities pick their column types from DATABASE_URL when loaded; tests run on TEST_DATABASE_URL (default: SQLite).
process.env.DATABASE_URL = process.env.TEST_DATABASE_URL || "sqlite::memory:";

/** @type {import('jest').Config} */
module.exports = {
  testTimeout: 30000,
  projects: [
    {
      displayName: "server",
      testEnvironment: "node",
      roots: ["<rootDir>/test"],
      testMatch: ["**/*.test.ts"],
      testPathIgnorePatterns: ["/node_modules/", "/test/e2e/", "/test/client/"],
      transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
      setupFiles: ["reflect-metadata"],
    },
    {
      displayName: "client",
      testEnvironment: "jsdom",
      setupFiles: ["<rootDir>/test/client/setup.ts"],
      // Feature stylesheets imported by components are Vite's business; in jsdom they are empty modules.
      moduleNameMapper: { "\\.css$": "<rootDir>/test/client/style-stub.ts" },
      roots: ["<rootDir>/test/client"],
      testMatch: ["**/*.test.ts", "**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "test/client/tsconfig.json" }] },
    },
  ],
};
