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
// Files named *.galera.test.ts start their own three-node MariaDB Galera cluster: the galera project
// only, which runs with the mysql one (CI) or alone with TEST_GALERA=1 (`npm run test:galera`).
const projects = [
  { ...base, displayName: 'sqlite', globals: {}, testPathIgnorePatterns: ['/node_modules/', '\\.mysql\\.test\\.ts$', '\\.galera\\.test\\.ts$'], setupFiles: [...base.setupFiles, '<rootDir>/test/support/env-sqlite.js'] },
];
if (process.env.TEST_MYSQL_URL) {
  projects.push({ ...base, displayName: 'mysql', testPathIgnorePatterns: ['/node_modules/', '\\.galera\\.test\\.ts$'], setupFiles: [...base.setupFiles, '<rootDir>/test/support/env-mysql.js'] });
}
if (process.env.TEST_MYSQL_URL || process.env.TEST_GALERA) {
  projects.push({ ...base, displayName: 'galera', testMatch: ['**/*.galera.test.ts'], setupFiles: [...base.setupFiles, '<rootDir>/test/support/env-mysql.js'] });
}

module.exports = { projects, maxWorkers: 2, testTimeout: 60000 };
