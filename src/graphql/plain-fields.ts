import { getMetadataStorage } from 'type-graphql';

/**
 * type-graphql gives every plain field of an object type a resolver of its own, to run its
 * middlewares and auth checker on it (neither is used here: access is graphql-shield's). That
 * costs a resolver call, a resolve info and a few closures per field per row, and it keeps
 * graphql-jit from reading the property inline: on a 100-customer dashboard page, well over a
 * thousand calls that only return `row[field]`.
 *
 * Marked `simple`, such a field has no resolver and is read by graphql's default, by its schema
 * name: so only fields whose schema name is their property name are marked. Fields computed by a
 * `@FieldResolver` keep theirs (type-graphql uses the field resolver whatever `simple` says), and
 * graphql-shield still wraps every field it has a rule for. A field whose value may be a promise
 * says `simple: false`: graphql-jit takes a resolver-less field's value as it is, without awaiting it.
 */
export function readPlainFieldsByProperty(): void {
  for (const field of getMetadataStorage().fields) {
    if (field.simple === undefined && field.name === field.schemaName) field.simple = true;
  }
}
