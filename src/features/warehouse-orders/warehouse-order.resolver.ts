import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { WINDOW_TEXT } from '../../date-window';
import type { Context } from '../../context';
import { ConnectionType, PageArgs } from '../../graphql/connection';
import { LocalDate, LocalDateScalar } from '../../graphql/local-date';
import { Customer } from '../customers';
import { Staff } from '../staff';
import { OrderOrganizingSheet } from './order-organizing-sheet.entity';
import { WarehouseOrder, WarehouseOrderStatus } from './warehouse-order.entity';
import { RecordWarehouseOrderInput } from './warehouse-order.inputs';
import { signedIn } from '../../auth/actor';

@ObjectType({ description: "A page of warehouse customers' orders, newest first." })
export class WarehouseOrderConnection extends ConnectionType(WarehouseOrder, 'WarehouseOrder') {}

@ObjectType({ description: 'A page of order organizing sheets (订单整理表), newest first.' })
export class OrderOrganizingSheetConnection extends ConnectionType(OrderOrganizingSheet, 'OrderOrganizingSheet') {}

@ArgsType()
class WarehouseOrdersArgs extends PageArgs {
  @Field(() => WarehouseOrderStatus, {
    nullable: true,
    description: 'Only orders in this status (e.g. MISMATCH for the open mismatches).',
  })
  status?: WarehouseOrderStatus | null;

  @Field(() => ID, { nullable: true, description: "Only this customer's orders." })
  customerId?: string | null;
}

@ArgsType()
class OrderSheetsArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only sheets of this customer.' })
  customerId?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only sheets with an order for a consignee whose name contains this (case-insensitive).',
  })
  consignee?: string | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `Only sheets sent on or after this day. ${WINDOW_TEXT.any}`,
  })
  from?: LocalDate | null;

  @Field(() => LocalDateScalar, {
    nullable: true,
    description: `Only sheets sent on or before this day. ${WINDOW_TEXT.any}`,
  })
  to?: LocalDate | null;
}

@Resolver(() => WarehouseOrder)
export class WarehouseOrderResolver {
  @Mutation(() => WarehouseOrder, {
    description:
      "Records a warehouse customer's order with its delivery note number and consignee (ORDER_CLERK), as RECORDED. An order number the customer already used is CONFLICT. Audited.",
  })
  recordWarehouseOrder(
    @Arg('input', {
      description: 'The warehouse order (仓储订单) and its delivery note as the order clerk checked them.',
    })
    input: RecordWarehouseOrderInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.warehouseOrders.record(signedIn(ctx), input);
  }

  @Mutation(() => WarehouseOrder, {
    description:
      'Records the check of an order against its delivery note (送货单) with the customer (ORDER_CLERK): VERIFIED when it matches, else MISMATCH with a note ' +
      '(required) saying what differs; a MISMATCH stays open and may be checked again. A VERIFIED or SENT order is CONFLICT. Audited.',
  })
  verifyWarehouseOrder(
    @Arg('id', () => ID, { description: 'The order.' }) id: string,
    @Arg('matchesDeliveryNote', { description: 'Whether the order matches its delivery note.' }) matches: boolean,
    @Arg('note', () => String, {
      nullable: true,
      description: 'What was checked or what differs (required for a mismatch).',
    })
    note: string | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.warehouseOrders.verify(signedIn(ctx), id, matches, note);
  }

  @Mutation(() => OrderOrganizingSheet, {
    description:
      'Puts verified orders of one customer on an order organizing sheet (订单整理表) and sends it to the warehouse (ORDER_CLERK), recording where the organized ' +
      'orders and delivery notes were placed; the orders become SENT. All or nothing: an order not yet verified or mismatched is BAD_USER_INPUT, ' +
      'one already on a sheet is CONFLICT, each naming the order. Audited.',
  })
  sendOrderSheetToWarehouse(
    @Arg('orderIds', () => [ID], { description: 'The verified orders, all of one customer.' }) orderIds: string[],
    @Arg('placedAt', { description: 'Where the organized documents were placed for the warehouse staff to collect.' })
    placedAt: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.warehouseOrders.sendSheet(signedIn(ctx), orderIds, placedAt);
  }

  @Query(() => WarehouseOrderConnection, {
    description:
      "Warehouse customers' orders, newest first, by status (ORDER_CLERK, ASSISTANT_MANAGER, MANAGER, DIRECTOR).",
  })
  warehouseOrders(@Args() args: WarehouseOrdersArgs, @Ctx() ctx: Context) {
    return ctx.services.warehouseOrders.list(args);
  }

  @Query(() => OrderOrganizingSheetConnection, {
    description:
      'Order organizing sheets (订单整理表) sent to the warehouse, newest first, findable by customer, consignee and day sent ' +
      '(ORDER_CLERK, ASSISTANT_MANAGER, MANAGER, DIRECTOR, and the head of the warehouse).',
  })
  orderSheets(@Args() args: OrderSheetsArgs, @Ctx() ctx: Context) {
    return ctx.services.warehouseOrders.sheets(args);
  }

  @FieldResolver(() => Customer, { description: 'The warehouse customer whose order it is.' })
  async customer(@Root() order: WarehouseOrder, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(order.customerId);
  }

  @FieldResolver(() => Staff, { description: 'The order clerk who recorded it.' })
  async recordedBy(@Root() order: WarehouseOrder, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(order.recordedById);
  }

  @FieldResolver(() => Staff, {
    nullable: true,
    description: 'Who last checked it against its delivery note; null before the first check.',
  })
  verifiedBy(@Root() order: WarehouseOrder, @Ctx() ctx: Context) {
    return order.verifiedById === null ? null : ctx.loaders.staff.load(order.verifiedById);
  }

  @FieldResolver(() => OrderOrganizingSheet, {
    nullable: true,
    description: 'The order organizing sheet it was sent to the warehouse on; null until SENT.',
  })
  sheet(@Root() order: WarehouseOrder, @Ctx() ctx: Context) {
    return order.sheetId === null ? null : ctx.loaders.orderSheet.load(order.sheetId);
  }
}

@Resolver(() => OrderOrganizingSheet)
export class OrderOrganizingSheetResolver {
  @FieldResolver(() => Customer, { description: 'The customer whose orders are on the sheet.' })
  async customer(@Root() sheet: OrderOrganizingSheet, @Ctx() ctx: Context) {
    return ctx.loaders.customer.load(sheet.customerId);
  }

  @FieldResolver(() => Staff, { description: 'The order clerk who sent it.' })
  async sentBy(@Root() sheet: OrderOrganizingSheet, @Ctx() ctx: Context) {
    return ctx.loaders.staff.load(sheet.sentById);
  }

  @FieldResolver(() => [WarehouseOrder], { description: 'The orders on the sheet, in the order they were recorded.' })
  orders(@Root() sheet: OrderOrganizingSheet, @Ctx() ctx: Context) {
    return ctx.loaders.warehouseOrdersBySheet.load(sheet.id);
  }

  @FieldResolver(() => [String], { description: 'The consignees of the orders on the sheet, alphabetically.' })
  async consignees(@Root() sheet: OrderOrganizingSheet, @Ctx() ctx: Context) {
    const orders = await ctx.loaders.warehouseOrdersBySheet.load(sheet.id);
    return [...new Set(orders.map((o) => o.consignee))].sort();
  }
}
