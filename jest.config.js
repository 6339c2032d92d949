/** Jest runs every test in test/ against real databases and real HTTP; TZ is fixed so date tests do not depend on the machine. */
process.env.TZ = "UTC";
process.env.NODE_ENV = "test";

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
