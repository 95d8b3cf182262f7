import { createHash as nodeCreateHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import {
  Arg,
  buildSchema,
  Ctx,
  Field,
  Info,
  ObjectType,
  Query,
  Resolver,
  Root,
  FieldResolver,
  InputType,
  Int,
  UseMiddleware,
} from 'type-graphql';
import { MaxLength } from 'class-validator';
import { graphql, GraphQLObjectType, GraphQLResolveInfo, GraphQLSchema, GraphQLString, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { rule, shield } from 'graphql-shield';
import { applyMiddleware } from 'graphql-middleware';

/**
 * patches/ holds the changes `npm install` applies to dependencies (patch-package, run on postinstall).
 * These tests fail when a patch is not in force (an install without scripts) or no longer fits its
 * package (an upgrade): then the patch is re-made or dropped.
 */
const patched = (file: string) => fs.readFileSync(path.join(__dirname, '../../node_modules', file), 'utf8');

describe("type-graphql's resolver parameters", () => {
  it('are sorted once per resolver, not on every call (both builds)', () => {
    for (const build of ['cjs', 'esm']) {
      const source = patched(`type-graphql/build/${build}/resolvers/helpers.js`);
      expect(source).toContain('sortedParams.get(params)');
      expect(source).not.toMatch(/params\s*\.sort\(/);
    }
  });

  it('still reach each resolver in the order they are declared, call after call', async () => {
    @ObjectType()
    class Item {
      @Field()
      name!: string;
    }
    @Resolver(() => Item)
    class ItemResolver {
      @Query(() => [Item])
      items(): Item[] {
        return [{ name: 'a' }, { name: 'b' }];
      }
      // Declared out of the usual order, with an argument between: their order is by index.
      @FieldResolver(() => String)
      line(
        @Info() info: GraphQLResolveInfo,
        @Arg('prefix') prefix: string,
        @Root() item: Item,
        @Ctx() ctx: { suffix: string },
      ): string {
        return `${prefix}${item.name}${ctx.suffix}:${info.fieldName}`;
      }
    }
    const schema = await buildSchema({ resolvers: [ItemResolver], validate: false });
    for (let call = 0; call < 3; call++) {
      const result = await graphql({
        schema,
        source: `{ items { line(prefix: "${call}-") } }`,
        contextValue: { suffix: '!' },
      });
      expect(result).toEqual({ data: { items: [{ line: `${call}-a!:line` }, { line: `${call}-b!:line` }] } });
    }
  });
});

describe("type-graphql's direct resolvers", () => {
  it('are patched in both builds', () => {
    for (const build of ['cjs', 'esm']) {
      expect(patched(`type-graphql/build/${build}/resolvers/create.js`)).toContain(
        'const direct = directResolver(resolverMetadata, middlewares, container);',
      );
      expect(patched(`type-graphql/build/${build}/resolvers/helpers.js`)).toContain(
        'return validated(value, paramInfo, globalValidate, globalValidateFn)',
      );
    }
  });

  @ObjectType()
  class Parcel {
    @Field()
    code!: string;

    label(): string {
      return `parcel ${this.code}`;
    }
  }
  @InputType()
  class TagInput {
    @Field()
    @MaxLength(3)
    tag!: string;
  }
  const calls: string[] = [];
  @Resolver(() => Parcel)
  class ParcelResolver {
    private readonly made = calls.push('instance');

    @Query(() => [Parcel])
    parcels(): Parcel[] {
      // A plain object: @Root() with a type gives the resolver an instance of the class, as unpatched.
      return [Object.assign(new Parcel(), { code: 'a' }), { code: 'b' } as Parcel];
    }

    @FieldResolver(() => String)
    described(@Ctx() ctx: { site: string }, @Root() parcel: Parcel, @Info() info: GraphQLResolveInfo): string {
      return `${parcel.label()} at ${ctx.site} (${info.fieldName}, instance ${this.made})`;
    }

    @FieldResolver(() => String)
    tagged(@Root() parcel: Parcel, @Arg('input') input: TagInput): string {
      return `${input instanceof TagInput ? input.tag : 'not converted'}:${parcel.code}`;
    }

    @FieldResolver(() => String)
    numbered(@Root() parcel: Parcel, @Arg('n', () => Int, { defaultValue: 1 }) n: number): string {
      return `${parcel.code}#${n}`;
    }

    @FieldResolver(() => String)
    @UseMiddleware(async (_data, next) => `[${await next()}]`)
    wrapped(@Root() parcel: Parcel): string {
      return parcel.code;
    }
  }

  it('hand @Root, @Ctx and @Info to the one instance, and leave arguments and middlewares to type-graphql', async () => {
    const schema = await buildSchema({ resolvers: [ParcelResolver], validate: true });
    const described = schema.getType('Parcel') as GraphQLObjectType;
    // The direct path returns the method's value itself: no promise from a middleware chain.
    const value = described.getFields().described.resolve!({ code: 'z' }, {}, { site: 'Pudong' }, {
      fieldName: 'described',
    } as GraphQLResolveInfo);
    expect(value).toBe('parcel z at Pudong (described, instance 1)');
    // An argument that type-graphql would not validate (not an object) is passed on in the same call.
    expect(described.getFields().numbered.resolve!({ code: 'z' }, { n: 2 }, {}, {} as GraphQLResolveInfo)).toBe('z#2');
    for (let call = 0; call < 2; call++) {
      const result = await graphql({
        schema,
        source: '{ parcels { described tagged(input: { tag: "ab" }) numbered wrapped } }',
        contextValue: { site: 'Minhang' },
      });
      expect(result).toEqual({
        data: {
          parcels: [
            {
              described: 'parcel a at Minhang (described, instance 1)',
              tagged: 'ab:a',
              numbered: 'a#1',
              wrapped: '[a]',
            },
            {
              described: 'parcel b at Minhang (described, instance 1)',
              tagged: 'ab:b',
              numbered: 'b#1',
              wrapped: '[b]',
            },
          ],
        },
      });
    }
    // The argument is still converted (above) and validated by type-graphql's own path.
    const refused = await graphql({
      schema,
      source: '{ parcels { tagged(input: { tag: "abcd" }) } }',
      contextValue: {},
    });
    expect(refused.errors?.[0].message).toMatch(/Argument Validation Error/);
    expect(calls).toEqual(['instance']);
  });
});

describe("type-graphql's argument validation", () => {
  it('loads class-validator once, not on every validation (both builds)', () => {
    for (const build of ['cjs', 'esm']) {
      const source = patched(`type-graphql/build/${build}/resolvers/validate-arg.js`);
      expect(source).toContain('(classValidator ??= ');
      expect(source).not.toMatch(/const \{ validateOrReject \} = await /);
    }
  });

  it('refuses an invalid argument and passes a valid one, call after call', async () => {
    @InputType()
    class NoteInput {
      @Field()
      @MaxLength(4)
      text!: string;
    }
    @Resolver()
    class NoteResolver {
      @Query(() => String)
      note(@Arg('input') input: NoteInput): string {
        return input.text;
      }
    }
    const schema = await buildSchema({ resolvers: [NoteResolver], validate: true });
    for (let call = 0; call < 3; call++) {
      const ok = await graphql({ schema, source: '{ note(input: { text: "abcd" }) }' });
      expect(ok).toEqual({ data: { note: 'abcd' } });
      const refused = await graphql({ schema, source: '{ note(input: { text: "abcde" }) }' });
      expect(refused.errors?.[0].message).toMatch(/Argument Validation Error/);
      expect(refused.errors?.[0].extensions?.validationErrors).toEqual([
        expect.objectContaining({ property: 'text', constraints: { maxLength: expect.any(String) } }),
      ]);
    }
  });
});

describe("Apollo's createHash", () => {
  // Apollo hashes every request's document with it.
  const file = path.join(__dirname, '../../node_modules/@apollo/utils.createhash/dist/index.js');

  it("looks Node's crypto up once, not on every call", () => {
    const source = fs.readFileSync(file, 'utf8');
    expect(source).toContain('const nodeCrypto = ');
    expect(source).not.toMatch(/function createHash[^}]*module\.require/);
  });

  it('gives the digests it gave before', async () => {
    const { createHash } = await import(file);
    expect(createHash('sha256').update('{ __typename }').digest('hex')).toBe(
      nodeCreateHash('sha256').update('{ __typename }').digest('hex'),
    );
    expect(createHash('sha256').update('abc').digest('hex')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });
});

describe("graphql-shield's field middleware", () => {
  class Refused extends Error {}
  const ok = rule({ cache: 'no_cache' })(() => true);
  const keptPromise = Promise.resolve('kept');
  const resolvers: Record<string, () => unknown> = {
    allowed: () => 'value',
    allowedLater: () => Promise.resolve('later'),
    allowedKept: () => keptPromise,
    refused: () => 'hidden',
    refusedWithError: () => 'hidden',
    refusedWithText: () => 'hidden',
    ruleThrows: () => 'hidden',
    asyncAllowed: () => 'value',
    asyncRefused: () => 'hidden',
    resolverThrows: () => {
      throw new Error('boom');
    },
    resolverRejects: () => Promise.reject(new Error('rejected')),
  };
  const schema = applyMiddleware(
    new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: Object.fromEntries(
          Object.entries(resolvers).map(([name, resolve]) => [name, { type: GraphQLString, resolve }]),
        ),
      }),
    }),
    shield(
      {
        Query: {
          allowed: ok,
          allowedLater: ok,
          allowedKept: ok,
          refused: rule({ cache: 'no_cache' })(() => false),
          refusedWithError: rule({ cache: 'no_cache' })(() => new Refused('not yours')),
          refusedWithText: rule({ cache: 'no_cache' })(() => 'not yours either'),
          ruleThrows: rule({ cache: 'no_cache' })(() => {
            throw new Error('rule failed');
          }),
          asyncAllowed: rule({ cache: 'no_cache' })(async () => true),
          asyncRefused: rule({ cache: 'no_cache' })(async () => false),
          resolverThrows: ok,
          resolverRejects: ok,
        },
      },
      { allowExternalErrors: true, debug: false, fallbackError: () => new Refused('fallback') },
    ),
  );

  it('lets a field whose rule answers true at once resolve at once (the patch is in force)', () => {
    const resolve = schema.getQueryType()!.getFields().allowed.resolve!;
    expect(resolve({}, {}, {}, {} as GraphQLResolveInfo)).toBe('value');
    // A promise from the resolver goes out as it came (allowExternalErrors: its rejection is the answer).
    const kept = schema.getQueryType()!.getFields().allowedKept.resolve!;
    expect(kept({}, {}, {}, {} as GraphQLResolveInfo)).toBe(keptPromise);
  });

  const everyOutcome =
    '{ allowed allowedLater refused refusedWithError refusedWithText ruleThrows asyncAllowed asyncRefused resolverThrows resolverRejects }';

  it.each([
    ['graphql-js', (contextValue: object) => graphql({ schema, source: everyOutcome, contextValue })],
    [
      'graphql-jit (as our queries run)',
      async (contextValue: object) => {
        const compiled = compileQuery(schema, parse(everyOutcome));
        if (!isCompiledQuery(compiled)) throw new Error('not compiled');
        return compiled.query({}, contextValue, {});
      },
    ],
  ])('answers every outcome of a rule as graphql-shield does, run by %s', async (_by, run) => {
    const result = await run({});
    expect(result.data).toEqual({
      allowed: 'value',
      allowedLater: 'later',
      refused: null,
      refusedWithError: null,
      refusedWithText: null,
      ruleThrows: null,
      asyncAllowed: 'value',
      asyncRefused: null,
      resolverThrows: null,
      resolverRejects: null,
    });
    const messages = Object.fromEntries((result.errors ?? []).map((e) => [e.path?.[0], e.message]));
    expect(messages).toEqual({
      refused: 'fallback',
      refusedWithError: 'not yours',
      refusedWithText: 'not yours either',
      ruleThrows: 'fallback',
      asyncRefused: 'fallback',
      resolverThrows: 'boom',
      resolverRejects: 'rejected',
    });
  });

  it('is patched in both builds', () => {
    for (const build of ['cjs', 'esm']) {
      expect(patched(`graphql-shield/${build}/generator.js`)).toContain(
        'generalMiddleware(resolve, parent, args, ctx, info, ruleOutcome(res))',
      );
    }
  });
});

describe("Apollo Server's gateway request context", () => {
  it('is patched in both builds: the response status through a class, not an object literal with accessors', () => {
    for (const build of ['cjs', 'esm']) {
      const source = patched(`@apollo/server/dist/${build}/utils/makeGatewayGraphQLRequestContext.js`);
      expect(source).toContain('http: new GatewayResponseHttp(newRequestContext)');
      expect(source).not.toMatch(/get status\(\) \{\s*return newRequestContext/);
    }
  });

  it("reads and sets the request's response status, and carries its headers, as before", async () => {
    // Not among the package's exports: loaded by its path, as Apollo loads it.
    const file = path.join(
      __dirname,
      '../../node_modules/@apollo/server/dist/cjs/utils/makeGatewayGraphQLRequestContext.js',
    );
    const { makeGatewayGraphQLRequestContext } = await import(file);
    const headers = new Map([['x-kept', 'yes']]);
    const requestContext = {
      request: { query: '{ a }', http: { method: 'POST', search: '', headers: new Map() } },
      response: { http: { headers, status: undefined as number | undefined } },
      contextValue: { caller: 7 },
    };
    const gateway = makeGatewayGraphQLRequestContext(requestContext, { logger: console, cache: null }, {});
    expect(gateway.context).toBe(requestContext.contextValue);
    expect(gateway.response.http.status).toBeUndefined();
    gateway.response.http.status = 418;
    expect(requestContext.response.http.status).toBe(418);
    requestContext.response.http.status = 200;
    expect(gateway.response.http.status).toBe(200);
    expect(gateway.response.http.headers.get('x-kept')).toBe('yes');
    gateway.response.http.headers.set('x-added', '1');
    expect(headers.get('x-added')).toBe('1');
  });
});

describe("Apollo Server's per-header answers", () => {
  const apolloFile = (build: string, file: string) =>
    path.join(__dirname, `../../node_modules/@apollo/server/dist/${build}/${file}`);

  it('are patched in both builds: Accept negotiated and Content-Type parsed once per distinct header', () => {
    for (const build of ['cjs', 'esm']) {
      const pipeline = fs.readFileSync(apolloFile(build, 'requestPipeline.js'), 'utf8');
      expect(pipeline).toContain("useLegacyIncremental: prefersLegacyIncremental(request.http?.headers.get('accept'))");
      const csrf = fs.readFileSync(apolloFile(build, 'preventCsrf.js'), 'utf8');
      expect(csrf).toContain('const essence = essenceOf(contentType);');
    }
  });

  it('still block a simple (non-preflighted) request without a preflight header, however often and whatever else came before', async () => {
    const { preventCsrf } = await import(apolloFile('cjs', 'preventCsrf.js'));
    const check =
      (contentType: string | undefined, extra: Record<string, string> = {}) =>
      () =>
        preventCsrf(
          new Map(Object.entries({ ...(contentType === undefined ? {} : { 'content-type': contentType }), ...extra })),
          ['apollo-require-preflight'],
        );
    // More distinct Content-Types than are kept, so the later ones take the unkept path.
    for (let i = 0; i < 70; i++) expect(check(`application/x-test-${i}`)).not.toThrow();
    for (let round = 0; round < 3; round++) {
      expect(check('text/plain')).toThrow(/Cross-Site Request Forgery/);
      expect(check('Text/Plain; charset=utf-8')).toThrow(/Cross-Site Request Forgery/);
      expect(check('multipart/form-data; boundary=x')).toThrow(/Cross-Site Request Forgery/);
      expect(check('application/x-www-form-urlencoded')).toThrow(/Cross-Site Request Forgery/);
      expect(check(undefined)).toThrow(/Cross-Site Request Forgery/);
      expect(check('text/plain', { 'apollo-require-preflight': '1' })).not.toThrow();
      expect(check('application/json')).not.toThrow();
      expect(check('application/json; charset=utf-8')).not.toThrow();
      // Unparseable: not one a browser sends without a preflight (as unpatched).
      expect(check('not a type')).not.toThrow();
    }
  });
});
