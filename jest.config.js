/**
 * The same suite runs on SQLite always and, when TEST_MYSQL_URL is set, on MySQL/MariaDB too
 * (one jest project per dialect; each test file gets its own fresh database).
 */
const base = {
  preset: 'ts-jest',
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  setupFiles: ['reflect-metadata'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
};

// Files named *.mysql.test.ts need MySQL/MariaDB itself (e.g. a database outage): mysql project only.
const projects = [
  { ...base, displayName: 'sqlite', globals: {}, testPathIgnorePatterns: ['/node_modules/', '\\.mysql\\.test\\.ts$'], setupFiles: [...base.setupFiles, '<rootDir>/test/support/env-sqlite.js'] },
];
if (process.env.TEST_MYSQL_URL) {
  projects.push({ ...base, displayName: 'mysql', setupFiles: [...base.setupFiles, '<rootDir>/test/support/env-mysql.js'] });
}

module.exports = { projects, maxWorkers: 2, testTimeout: 60000 };
