import { FieldNode, getNamedType, GraphQLResolveInfo, isObjectType } from 'graphql';
import { eachField } from './selections';

/**
 * The plain fields of a list field's item type that the query does not ask for, so that the
 * loader behind it can leave their columns unread: a customer's three recent visits selected as
 * `{ id plannedAt purpose status }` need 11 of a visit's 23 columns, and every column read is a
 * value MariaDB sends and mysql2 parses (on a 100-customer dashboard, reading them all cost 7-9 %
 * more of the server's CPU and 11-14 % of its requests a second).
 *
 * Only fields graphql reads by property are ever skipped, and only when nothing else can read
 * them: if the selection asks for any field that has a resolver (a computed field, a relation, or
 * one guarded by a graphql-shield rule, which may read any property of its parent), nothing is
 * skipped. Properties that are no field of the type (ownership, relation ids) are never in the
 * set, so resolvers and rules always find them. `@skip`/`@include` are ignored: a field they may
 * drop counts as asked for, which only reads more.
 *
 * Returns null when nothing may be skipped, else the fields and a stable key for the set (loaders
 * batch by it). Computed once per field of a parsed document.
 */
export interface UnselectedFields {
  fields: ReadonlySet<string>;
  /** The fields, sorted and joined. */
  key: string;
  /** Short and unique to this set of fields: what a loader's keys carry. */
  id: number;
}

const known = new WeakMap<FieldNode, UnselectedFields | null>();
/** One object per distinct set, so that every document asking for the same fields batches together. */
const distinct = new Map<string, UnselectedFields>();
/** Past this many distinct sets, a new one gets an id of its own unshared (correct, batched less). */
const DISTINCT_KEPT = 256;
let lastId = 0;

export function unselectedFields(info: GraphQLResolveInfo): UnselectedFields | null {
  const node = info.fieldNodes[0];
  let result = known.get(node);
  if (result === undefined) {
    result = compute(info);
    known.set(node, result);
  }
  return result;
}

function compute(info: GraphQLResolveInfo): UnselectedFields | null {
  const type = getNamedType(info.returnType);
  if (!isObjectType(type)) return null;
  const asked = new Set<string>();
  for (const node of info.fieldNodes) {
    if (!node.selectionSet || !eachField(node.selectionSet, type, info, (field) => asked.add(field.name.value)))
      return null;
  }
  const fields = type.getFields();
  for (const name of asked) {
    if (name !== '__typename' && (!fields[name] || fields[name].resolve)) return null;
  }
  const skipped = Object.keys(fields)
    .filter((name) => !asked.has(name) && !fields[name].resolve)
    .sort();
  if (!skipped.length) return null;
  const key = skipped.join(',');
  let set = distinct.get(key);
  if (!set) {
    set = { fields: new Set(skipped), key, id: ++lastId };
    if (distinct.size < DISTINCT_KEPT) distinct.set(key, set);
  }
  return set;
}
