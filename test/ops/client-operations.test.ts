import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSchema, concatAST, Kind, OperationDefinitionNode, parse, validate } from 'graphql';
import { TrustedDocuments } from '../../src/http/persisted-documents';
import { enforceLimits, measureOperation } from '../../src/http/limits';

/**
 * The operations our clients use (schema/operations/*.graphql) are valid against the committed
 * schema, and the committed typed client module and persisted documents manifest are exactly what
 * codegen.yml makes of them (so a stale manifest fails here, not in production).
 */
jest.setTimeout(120_000);

const ROOT = path.join(__dirname, '../..');
const OPS_DIR = path.join(ROOT, 'schema/operations');
const schema = buildSchema(fs.readFileSync(path.join(ROOT, 'schema/schema.graphql'), 'utf8'));
const files = fs.readdirSync(OPS_DIR).filter((f) => f.endsWith('.graphql'));
const operations = concatAST(files.map((f) => parse(fs.readFileSync(path.join(OPS_DIR, f), 'utf8'))));
const names = operations.definitions
  .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
  .map((d) => d.name!.value);
const manifest = JSON.parse(
  fs.readFileSync(path.join(ROOT, 'client/generated/persisted-documents.json'), 'utf8'),
) as Record<string, string>;

describe('client operations', () => {
  it('cover the dashboard, visits, check-in, approvals, statements, reports and sign-in', () => {
    expect(names).toEqual(
      expect.arrayContaining([
        'Login',
        'Me',
        'Dashboard',
        'Visits',
        'PlanVisit',
        'CheckInVisit',
        'CompleteVisit',
        'PendingApprovals',
        'ApproveRequest',
        'RejectRequest',
        'RequestRateChange',
        'RequestSettlementChange',
        'RequestDeduction',
        'RequestArrears',
        'RequestFreeShipment',
        'RequestSpecialOperation',
        'Statements',
        'IssueStatement',
        'ConfirmStatement',
        'Receivables',
        'MonthlyReceivablesReport',
        'AgingReport',
        'PayrollSummary',
        'AttendanceSummary',
      ]),
    );
    expect(new Set(names).size).toBe(names.length);
  });

  it('cover every field of Query and Mutation, so every screen has its typed operation', () => {
    const used = new Set<string>();
    for (const def of operations.definitions) {
      if (def.kind !== Kind.OPERATION_DEFINITION) continue;
      for (const s of def.selectionSet.selections)
        if (s.kind === Kind.FIELD)
          used.add(
            `${def.operation === 'query' ? 'Query' : def.operation === 'subscription' ? 'Subscription' : 'Mutation'}.${s.name.value}`,
          );
    }
    const all = [schema.getQueryType()!, schema.getMutationType()!, schema.getSubscriptionType()!].flatMap((t) =>
      Object.keys(t.getFields()).map((f) => `${t.name}.${f}`),
    );
    expect(all.filter((f) => !used.has(f))).toEqual([]);
    expect(names).toEqual(
      expect.arrayContaining([
        'RegisterCustomer',
        'CheckProspect',
        'Customer',
        'RecordPayment',
        'RecordConsignment',
        'IssueInvoice',
      ]),
    );
  });

  it("each stay within the server's operation limits at their default page sizes", () => {
    for (const text of Object.values(manifest)) {
      const doc = parse(text);
      const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
      expect(() => enforceLimits(measureOperation(schema, doc, op))).not.toThrow();
    }
  });

  it('validate against schema/schema.graphql', () => {
    expect(validate(schema, operations).map((e) => e.message)).toEqual([]);
  });

  it('each have one manifest entry whose key is the sha256 of its document', () => {
    const bodies = Object.values(manifest);
    expect(bodies).toHaveLength(names.length);
    for (const name of names)
      expect(bodies.filter((b) => new RegExp(`(query|mutation|subscription) ${name}\\b`).test(b))).toHaveLength(1);
    for (const [key, body] of Object.entries(manifest)) expect(key).toBe(`sha256:${TrustedDocuments.sha256(body)}`);
    expect(TrustedDocuments.load(path.join(ROOT, 'client/generated/persisted-documents.json')).size).toBe(names.length);
  });

  it('regenerating from codegen.yml gives the committed client module and manifest', () => {
    // codegen.yml's client target, written to a scratch folder by the real CLI.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'codegen-'));
    try {
      const yml = fs.readFileSync(path.join(ROOT, 'codegen.yml'), 'utf8');
      const target = yml.slice(yml.indexOf('  client/generated/:'), yml.indexOf('ignoreNoDocuments'));
      const out = path.join(dir, 'generated');
      fs.writeFileSync(
        path.join(dir, 'codegen.yml'),
        `schema: schema/schema.graphql\ngenerates:\n${target.replace('client/generated/:', `'${out}/':`)}`,
      );
      execFileSync(
        path.join(ROOT, 'node_modules/.bin/graphql-codegen'),
        ['--config', path.join(dir, 'codegen.yml'), '--silent'],
        { cwd: ROOT, stdio: 'pipe' },
      );
      expect(fs.readdirSync(out).sort()).toEqual(['gql.ts', 'graphql.ts', 'index.ts', 'persisted-documents.json']);
      for (const f of fs.readdirSync(out))
        expect(fs.readFileSync(path.join(out, f), 'utf8')).toBe(
          fs.readFileSync(path.join(ROOT, 'client/generated', f), 'utf8'),
        );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
