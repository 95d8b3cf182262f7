import {
  FieldNode,
  getNamedType,
  GraphQLObjectType,
  GraphQLResolveInfo,
  isObjectType,
  SelectionSetNode,
} from 'graphql';
import { eachField } from './selections';

/**
 * The fields a Relay connection query asks for on its nodes (`edges { node { ... } }`), through
 * fragments: the page's own statement can then carry a value that a node field would otherwise read
 * in a statement of its own (a customer's balance on the dashboard). `@skip`/`@include` are ignored:
 * a field they may drop counts as asked for, which only reads more. A missing fragment counts as
 * asking for nothing more (the query then fails validation anyway). Computed once per field of a
 * parsed document.
 */
export function nodeFieldsAsked(info: GraphQLResolveInfo): ReadonlySet<string> {
  const node = info.fieldNodes[0];
  let asked = known.get(node);
  if (!asked) {
    asked = compute(info);
    known.set(node, asked);
  }
  return asked;
}

const known = new WeakMap<FieldNode, ReadonlySet<string>>();

function compute(info: GraphQLResolveInfo): ReadonlySet<string> {
  const asked = new Set<string>();
  const connection = getNamedType(info.returnType);
  const edge = isObjectType(connection) ? objectTypeOf(connection, 'edges') : null;
  const node = edge ? objectTypeOf(edge, 'node') : null;
  if (!isObjectType(connection) || !edge || !node) return asked;
  const within = (sets: SelectionSetNode[], type: GraphQLObjectType, name: string): SelectionSetNode[] => {
    const found: SelectionSetNode[] = [];
    for (const set of sets) {
      eachField(set, type, info, (field) => {
        if (field.name.value === name && field.selectionSet) found.push(field.selectionSet);
      });
    }
    return found;
  };
  const own = info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  for (const set of within(within(own, connection, 'edges'), edge, 'node')) {
    eachField(set, node, info, (field) => asked.add(field.name.value));
  }
  return asked;
}

function objectTypeOf(type: GraphQLObjectType, field: string): GraphQLObjectType | null {
  const named = type.getFields()[field] ? getNamedType(type.getFields()[field].type) : null;
  return named && isObjectType(named) ? named : null;
}
