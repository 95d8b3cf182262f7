import {
  ArgumentNode,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  DocumentNode,
  OperationDefinitionNode,
  getVariableValues,
} from 'graphql';
import { ApolloServerPlugin } from '@apollo/server';
import { TextTooLongError } from '../errors';

/**
 * Every free-text argument and input field of the schema has a maximum length, checked before any
 * resolver runs (BAD_USER_INPUT naming the field), and stated in its description. A text never
 * reaches SQL longer than its column or than a LIKE pattern SQLite accepts.
 *
 * Keyed by schema coordinate: `Type.field.argument` for arguments, `InputType.field` for input
 * fields. The numbers agree with the services' own checks and the columns; a String nobody listed
 * gets DEFAULT_TEXT_LIMIT. A test checks every description states its number.
 */
export const DEFAULT_TEXT_LIMIT = 2000;

/** Cursors, months and other short machine-made strings. */
const SHORT = 100;

export const TEXT_LIMITS: Readonly<Record<string, number>> = {
  'CustomerFilter.search': 100,
  'Query.checkProspect.name': 200,
  'Query.checkProspect.phone': 40,
  'Query.checkProspect.creditCode': 40,
  'Query.orderSheets.consignee': 200,
  'Query.auditEvents.entityType': 40,
  'CreateStaffInput.name': 100,
  'CreateStaffInput.email': 254,
  'CreateStaffInput.password': 256,
  'Mutation.login.email': 254,
  'Mutation.login.password': 256,
  'RegisterCustomerInput.name': 200,
  'RegisterCustomerInput.creditCode': 40,
  'RegisterCustomerInput.contactName': 100,
  'RegisterCustomerInput.contactPhone': 40,
  'RegisterCustomerInput.address': 300,
  'RegisterCustomerInput.notes': 2000,
  'UpdateCustomerDetailsInput.contactName': 100,
  'UpdateCustomerDetailsInput.address': 300,
  'UpdateCustomerDetailsInput.notes': 2000,
  'Mutation.addContactPerson.name': 100,
  'Mutation.addContactPerson.phone': 40,
  'Mutation.addContactPerson.title': 100,
  'Mutation.reassignCustomer.reason': 1000,
  'Mutation.markCustomerLost.reasons': 4000,
  'Mutation.markCustomerLost.retentionActions': 4000,
  'Mutation.reportCustomerIntent.details': 4000,
  'RecordContactInput.summary': 4000,
  'SatisfactionSurveyInput.comments': 4000,
  'PlanVisitInput.purpose': 1000,
  'Mutation.completeVisit.summary': 4000,
  'Mutation.cancelVisit.reason': 1000,
  'Mutation.markVisitFalse.reason': 1000,
  'Mutation.recordVisitRequest.note': 2000,
  'Mutation.approveRequest.note': 2000,
  'Mutation.rejectRequest.note': 2000,
  'Mutation.confirmStatement.confirmedBy': 100,
  'Mutation.voidStatement.reason': 500,
  'Mutation.createPickupNotice.goods': 500,
  'Mutation.rejectPickupNotice.reason': 500,
  'Mutation.issueInvoice.invoiceNo': 40,
  'Mutation.recordPayment.reference': 100,
  'Mutation.recordPayment.idempotencyKey': 100,
  'RecordConsignmentInput.waybillNo': 40,
  'RecordConsignmentInput.origin': 100,
  'RecordConsignmentInput.destination': 100,
  'RecordViolationInput.description': 1000,
  'RecordWarehouseOrderInput.orderNo': 60,
  'RecordWarehouseOrderInput.deliveryNoteNo': 60,
  'RecordWarehouseOrderInput.consignee': 200,
  'RecordWarehouseOrderInput.items': 2000,
  'RecordWarehouseOrderInput.notes': 2000,
  'Mutation.sendOrderSheetToWarehouse.placedAt': 300,
  'Mutation.verifyWarehouseOrder.note': 1000,
  'ComplaintInput.description': 2000,
  'Mutation.resolveComplaint.resolution': 2000,
  'MarketIntelligenceInput.competitor': 200,
  'MarketIntelligenceInput.route': 200,
  'MarketIntelligenceInput.details': 2000,
  'IntelligenceFilter.competitor': 200,
  'IntelligenceFilter.route': 200,
  'Mutation.setSalesTarget.reason': 1000,
};

/** Arguments with these names are machine-made wherever they appear (cursors, months). */
const SHORT_BY_NAME = new Set(['after', 'before', 'month']);

export function textLimit(coordinate: string, name: string): number {
  return TEXT_LIMITS[coordinate] ?? (SHORT_BY_NAME.has(name) ? SHORT : DEFAULT_TEXT_LIMIT);
}

const isText = (type: GraphQLInputType) => getNamedType(type).name === 'String';

/** Every String argument and input field of the schema, with its coordinate and maximum. */
export function textInputs(
  schema: GraphQLSchema,
): Array<{ coordinate: string; limit: number; target: { description?: string | null } }> {
  const found: Array<{ coordinate: string; limit: number; target: { description?: string | null } }> = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) {
          const coordinate = `${type.name}.${field.name}.${arg.name}`;
          if (isText(arg.type)) found.push({ coordinate, limit: textLimit(coordinate, arg.name), target: arg });
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        const coordinate = `${type.name}.${field.name}`;
        if (isText(field.type)) found.push({ coordinate, limit: textLimit(coordinate, field.name), target: field });
      }
    }
  }
  return found;
}

/** States each text's maximum in its description (once; the schema is built once). */
export function describeTextLimits(schema: GraphQLSchema): void {
  for (const { limit, target } of textInputs(schema)) {
    const said = target.description?.trim() ?? '';
    if (new RegExp(`\\b${limit} characters\\b`).test(said)) continue;
    target.description = `${said}${said ? ' ' : ''}At most ${limit} characters (longer is BAD_USER_INPUT).`;
  }
}

function checkValue(value: unknown, type: GraphQLInputType, coordinate: string, name: string): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return checkValue(value, type.ofType, coordinate, name);
  if (isListType(type)) {
    for (const item of Array.isArray(value) ? value : [value]) checkValue(item, type.ofType, coordinate, name);
    return;
  }
  if (isInputObjectType(type)) {
    if (typeof value !== 'object') return;
    for (const field of Object.values(type.getFields())) {
      checkValue((value as Record<string, unknown>)[field.name], field.type, `${type.name}.${field.name}`, field.name);
    }
    return;
  }
  if (type.name === 'String' && typeof value === 'string') {
    const limit = textLimit(coordinate, name);
    if (value.length > limit) throw new TextTooLongError(name, limit);
  }
}

/** One argument of a document that may carry text: where it is, and its type. */
interface TextArgument {
  node: ArgumentNode;
  type: GraphQLInputType;
  coordinate: string;
  name: string;
}

/**
 * The arguments of each document that may carry text, found once per document (Apollo keeps a parsed
 * document per query text, so a repeated query is walked with type information only the first time).
 */
const textArgumentsOf = new WeakMap<DocumentNode, { schema: GraphQLSchema; found: TextArgument[] }>();

function textArguments(schema: GraphQLSchema, document: DocumentNode): TextArgument[] {
  const known = textArgumentsOf.get(document);
  if (known?.schema === schema) return known.found;
  const found: TextArgument[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node: ArgumentNode) {
        const arg = typeInfo.getArgument();
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!arg || !parent || !field || typeInfo.getDirective() || !mayHoldText(arg.type)) return;
        found.push({ node, type: arg.type, coordinate: `${parent.name}.${field.name}.${arg.name}`, name: arg.name });
      },
    }),
  );
  textArgumentsOf.set(document, { schema, found });
  return found;
}

/** Whether a value of `type` can contain a String anywhere (input objects followed, each once). */
function mayHoldText(type: GraphQLInputType, seen = new Set<GraphQLInputType>()): boolean {
  if (isNonNullType(type) || isListType(type)) return mayHoldText(type.ofType, seen);
  if (isInputObjectType(type)) {
    if (seen.has(type)) return false;
    seen.add(type);
    return Object.values(type.getFields()).some((f) => mayHoldText(f.type, seen));
  }
  return type.name === 'String';
}

/** Throws TextTooLongError for the first text argument (or input field) of `document` over its maximum. */
export function checkTextLimits(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: () => Record<string, unknown>,
): void {
  const found = textArguments(schema, document);
  if (!found.length) return;
  const values = variables();
  for (const { node, type, coordinate, name } of found) {
    const value = valueFromAST(node.value, type, values) ?? rawVariable(node, values);
    checkValue(value, type, coordinate, name);
  }
}

/** A variable graphql-js cannot coerce here (it fails later, in execution) is still measured as sent. */
function rawVariable(node: ArgumentNode, variables: Record<string, unknown>): unknown {
  return node.value.kind === 'Variable' ? variables[node.value.name.value] : undefined;
}

/**
 * The variables as execution will see them, defaults of the variable definitions included: a
 * long text may hide in `query($s: String = "...")` as well as in the variables sent.
 */
function variablesWithDefaults(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode | undefined,
  sent: Record<string, unknown>,
): Record<string, unknown> {
  if (!operation?.variableDefinitions?.length) return sent;
  const coerced = getVariableValues(schema, operation.variableDefinitions, sent);
  return coerced.coerced ? { ...sent, ...coerced.coerced } : sent;
}

/** Refuses an operation with an over-long text before any resolver runs. */
export function textLimitsPlugin<TContext extends object>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          checkTextLimits(schema, document, () =>
            variablesWithDefaults(schema, operation, (request.variables ?? {}) as Record<string, unknown>),
          );
        },
      };
    },
  };
}
