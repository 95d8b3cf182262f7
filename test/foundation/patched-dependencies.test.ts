import fs from 'node:fs';
import path from 'node:path';
import 'reflect-metadata';
import { Arg, buildSchema, Ctx, Field, Info, ObjectType, Query, Resolver, Root, FieldResolver } from 'type-graphql';
import { graphql, GraphQLResolveInfo } from 'graphql';

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
