import { FieldNode, GraphQLObjectType, GraphQLResolveInfo, isAbstractType, SelectionSetNode } from 'graphql';

/**
 * Calls `visit` with every field node a selection set asks for on `type`, through inline fragments
 * and named ones (each named fragment once, as `seen` records). Fragments on another type are left
 * out; `@skip`/`@include` are ignored (a field they may drop counts as asked for). Returns false when
 * a named fragment is missing, so the caller can assume anything may be asked for.
 */
export function eachField(
  set: SelectionSetNode,
  type: GraphQLObjectType,
  info: GraphQLResolveInfo,
  visit: (field: FieldNode) => void,
  seen = new Set<string>(),
): boolean {
  for (const selection of set.selections) {
    if (selection.kind === 'Field') {
      visit(selection);
    } else if (selection.kind === 'InlineFragment') {
      if (!appliesTo(selection.typeCondition?.name.value, type, info)) continue;
      if (!eachField(selection.selectionSet, type, info, visit, seen)) return false;
    } else {
      const name = selection.name.value;
      if (seen.has(name)) continue;
      seen.add(name);
      const fragment = info.fragments[name];
      if (!fragment) return false;
      if (!appliesTo(fragment.typeCondition.name.value, type, info)) continue;
      if (!eachField(fragment.selectionSet, type, info, visit, seen)) return false;
    }
  }
  return true;
}

function appliesTo(condition: string | undefined, type: GraphQLObjectType, info: GraphQLResolveInfo): boolean {
  if (!condition || condition === type.name) return true;
  const named = info.schema.getType(condition);
  return !!named && isAbstractType(named) && info.schema.isSubType(named, type);
}
