import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Caller, errorCodes, postGraphql, TestApp } from '../support/app';
import { Role } from '../../src/domain/roles';
import { TrustedDocuments } from '../../src/http/persisted-documents';
import { StaffResolver } from '../../src/features/staff/staff.resolver';

/**
 * Persisted documents over HTTP: automatic persisted queries always; only a manifest's documents with
 * TRUSTED_DOCUMENTS.
 */
const ME = 'query Me { me { id } }';
const sha = TrustedDocuments.sha256;
const apq = (hash: string) => ({ persistedQuery: { version: 1, sha256Hash: hash } });

describe('automatic persisted queries', () => {
  let app: TestApp;
  let url: string;
  let caller: Caller;
  beforeAll(async () => {
    app = await TestApp.start();
    url = await app.listen();
    caller = await app.staff(Role.SALESPERSON);
  });
  afterAll(() => app.stop());

  it('asks for an unknown hash, remembers the document once sent, then runs it by hash (POST and GET)', async () => {
    const auth = { authorization: `Bearer ${caller.token}` };
    const query = `query Apq${Date.now()} { me { id } }`;
    const miss = await postGraphql(url, { extensions: apq(sha(query)) }, auth);
    expect(miss.body.errors?.[0].extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const register = await postGraphql(url, { query, extensions: apq(sha(query)) }, auth);
    expect(register.body).toEqual({ data: { me: { id: String(caller.staff.id) } } });
    const hit = await postGraphql(url, { extensions: apq(sha(query)) }, auth);
    expect(hit.body).toEqual({ data: { me: { id: String(caller.staff.id) } } });
    const get = await fetch(`${url}/graphql?extensions=${encodeURIComponent(JSON.stringify(apq(sha(query))))}`, {
      headers: { ...auth, 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { me: { id: String(caller.staff.id) } } });
  });

  it('refuses a document whose hash does not match', async () => {
    const res = await postGraphql(
      url,
      { query: ME, extensions: apq(sha('{ something else }')) },
      { authorization: `Bearer ${caller.token}` },
    );
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0].extensions?.code).toBe('BAD_REQUEST');
  });
});

describe('trusted documents (TRUSTED_DOCUMENTS)', () => {
  let app: TestApp;
  let url: string;
  let caller: Caller;
  let dir: string;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'trusted-'));
    const manifest = path.join(dir, 'manifest.json');
    fs.writeFileSync(
      manifest,
      JSON.stringify({
        format: 'apollo-persisted-query-manifest',
        version: 1,
        operations: [{ id: sha(ME), name: 'Me', type: 'query', body: ME }],
      }),
    );
    app = await TestApp.start({ trustedDocuments: manifest });
    url = await app.listen();
    caller = await app.staff(Role.SALESPERSON);
  });
  afterAll(async () => {
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('runs a manifest document by hash, without registering it first, and by its exact text', async () => {
    const auth = { authorization: `Bearer ${caller.token}` };
    expect((await postGraphql(url, { extensions: apq(sha(ME)) }, auth)).body).toEqual({
      data: { me: { id: String(caller.staff.id) } },
    });
    expect((await postGraphql(url, { query: ME }, auth)).body).toEqual({
      data: { me: { id: String(caller.staff.id) } },
    });
  });

  it('refuses any other operation with OPERATION_NOT_TRUSTED before running it', async () => {
    const auth = { authorization: `Bearer ${caller.token}` };
    const get = jest.spyOn(StaffResolver.prototype, 'me');
    const other = '{ me { id name } }';
    const text = await postGraphql(url, { query: other }, auth);
    expect(text.status).toBe(400);
    expect(text.body.errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_NOT_TRUSTED']);
    const registration = await postGraphql(url, { query: other, extensions: apq(sha(other)) }, auth);
    expect(registration.body.errors?.map((e) => e.extensions?.code)).toEqual(['OPERATION_NOT_TRUSTED']);
    const byHash = await postGraphql(url, { extensions: apq(sha(other)) }, auth);
    expect(byHash.body.errors?.map((e) => e.extensions?.code)).toEqual(['PERSISTED_QUERY_NOT_FOUND']);
    const viaGet = await fetch(`${url}/graphql?query=${encodeURIComponent(other)}`, {
      headers: { ...auth, 'apollo-require-preflight': 'true' },
    });
    expect(viaGet.status).toBe(400);
    // Also when the operation does not come over HTTP.
    expect(errorCodes(await app.exec(other, {}, caller))).toEqual(['OPERATION_NOT_TRUSTED']);
    expect(get).not.toHaveBeenCalled();
  });

  it("reads GraphQL Code Generator's { hash: document } manifests and refuses a manifest whose hashes lie", () => {
    expect(TrustedDocuments.fromManifest({ [sha(ME)]: ME }).has(sha(ME))).toBe(true);
    expect(() => TrustedDocuments.fromManifest({ [sha('{ other }')]: ME })).toThrow(/not the sha256/);
    expect(() => TrustedDocuments.fromManifest(['x'])).toThrow(/expected/);
  });
});
