/**
 * The one-way architecture of src/, checked by `npm run depcruise` (run by `npm test` and by
 * test/foundation/architecture.test.ts). Layers, bottom to top:
 *
 *   kernel        src/domain, src/db, src/errors, src/graphql, src/auth, src/config.ts, src/time.ts,
 *                 src/date-window.ts, src/logger.ts: imports no feature
 *   features      src/features/<name>, in FEATURE_ORDER: a feature imports only features before it,
 *                 and only through their index.ts
 *   composition   src/server.ts, src/app-server.ts, src/schema.ts, src/permissions.ts,
 *                 src/services.ts, src/loaders.ts, src/context.ts, src/main.ts, src/http, src/cli,
 *                 src/seed, src/db/entities.ts, src/db/data-source.ts: may import anything below
 *
 * A lower feature that must react to a higher one gets a hook registered by the composition root
 * (StaffHooks, ApprovalHooks). There is no list of tolerated exceptions: a wrong arrow fails.
 */

/** Lower first. Keep in step with the README ("Layout") and docs/architecture.md. */
const FEATURE_ORDER = [
  'audit',
  'staff',
  'auth',
  'attendance',
  'violations',
  'payroll',
  'customers',
  'ledger',
  'visits',
  'signoffs',
  'storage',
  'consignments',
  'approvals',
  'operation-notices',
  'pickups',
  'warehouse-orders',
  'statements',
  'invoices',
  'receivables',
  'payments',
  'department-reports',
  'complaints',
  'market-intelligence',
  'targets',
  'ranking',
  'expenses',
];

const COMPOSITION = [
  '^src/(server|app-server|schema|permissions|services|loaders|context|main)\\.ts$',
  '^src/(http|cli|seed)/',
  '^src/db/(entities|data-source)\\.ts$',
];
const KERNEL = '^src/(domain|db|errors|graphql|auth)/|^src/(config|time|date-window|logger|heap)\\.ts$';
// Demo seeds set up data across features for the demo database; they run only from src/seed.
const SEEDS = '\\.seed\\.ts$';
// Type-only imports vanish when compiled; a resolver naming its Context is the only one allowed upward.
const TYPE_ONLY = ['type-only', 'pre-compilation-only'];

const orderRules = FEATURE_ORDER.map((name, i) => {
  const later = FEATURE_ORDER.slice(i + 1);
  return later.length === 0
    ? null
    : {
        name: 'feature-order',
        comment: `${name} may import only features before it in FEATURE_ORDER, not ${later.join(', ')}`,
        severity: 'error',
        from: { path: `^src/features/${name}/`, pathNot: SEEDS },
        to: { path: `^src/features/(${later.join('|')})/` },
      };
}).filter(Boolean);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No circle at run time in src/: a class used before it is defined breaks TypeORM and type-graphql decorators.',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true, viaOnly: { dependencyTypesNot: TYPE_ONLY } },
    },
    {
      name: 'no-circular-types',
      comment:
        'No circle of types either, except through the Context type (the resolver contract the composition root fills) ' +
        'and two entities naming each other type-only, as TypeORM relations do.',
      severity: 'error',
      from: { path: '^src/', pathNot: '\\.entity\\.ts$' },
      to: { circular: true, viaOnly: { pathNot: '^src/context\\.ts$' } },
    },
    {
      name: 'feature-in-order',
      comment: 'Every feature has its place in FEATURE_ORDER.',
      severity: 'error',
      from: { path: '^src/features/', pathNot: `^src/features/(${FEATURE_ORDER.join('|')})/` },
      to: {},
    },
    {
      name: 'feature-door',
      comment: "A feature uses another feature only through that feature's index.ts.",
      severity: 'error',
      from: { path: '^src/features/([^/]+)/', pathNot: SEEDS },
      to: { path: '^src/features/[^/]+/', pathNot: ['^src/features/$1/', '^src/features/[^/]+/index\\.ts$'] },
    },
    ...orderRules,
    {
      name: 'feature-not-composition',
      comment: 'Features sit below the composition roots and src/http.',
      severity: 'error',
      from: { path: '^src/features/', pathNot: SEEDS },
      to: { path: COMPOSITION, pathNot: '^src/context\\.ts$' },
    },
    {
      name: 'feature-context-type-only',
      comment: 'A resolver or rule may name the Context type (erased when compiled), never import context.ts at run time.',
      severity: 'error',
      from: { path: '^src/features/', pathNot: SEEDS },
      to: { path: '^src/context\\.ts$', dependencyTypesNot: TYPE_ONLY },
    },
    {
      name: 'kernel-not-feature',
      comment: 'The kernel imports no feature and no composition root (the Context type aside).',
      severity: 'error',
      from: { path: KERNEL, pathNot: COMPOSITION },
      to: { path: ['^src/features/', ...COMPOSITION], pathNot: '^src/context\\.ts$' },
    },
    {
      name: 'kernel-context-type-only',
      comment: 'The kernel may name the Context type, never import context.ts at run time.',
      severity: 'error',
      from: { path: KERNEL, pathNot: COMPOSITION },
      to: { path: '^src/context\\.ts$', dependencyTypesNot: TYPE_ONLY },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['\\.test\\.ts$'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
  },
};
