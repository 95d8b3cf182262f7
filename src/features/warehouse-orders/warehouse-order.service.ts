import { DataSource, In } from 'typeorm';
import { checkDate, checkOptionalDate, companyToday, windows } from '../../date-window';
import { containsPattern } from '../../db/like';
import { Actor } from '../../auth/actor';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { parseIdArg } from '../../graphql/ids';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { paginate, Page } from '../../graphql/connection';
import { LocalDate } from '../../graphql/local-date';
import { localDateIn } from '../../time';
import { recordAudit } from '../audit';
import { Customer, loadCustomer } from '../customers';
import { OrderOrganizingSheet } from './order-organizing-sheet.entity';
import { WarehouseOrder, WarehouseOrderStatus } from './warehouse-order.entity';
import { optionalText, requiredText } from '../../graphql/text';

/** The most orders one sheet may carry. */
export const MAX_ORDERS_PER_SHEET = 200;

export interface NewWarehouseOrder {
  customerId: string;
  orderNo: string;
  deliveryNoteNo: string;
  consignee: string;
  orderDate: LocalDate;
  items: string;
  notes?: string | null;
}

function describe(order: WarehouseOrder): string {
  return `order ${order.orderNo} (id ${order.id})`;
}

/**
 * Warehouse order organizing (仓储订单整理): the order clerk records each warehouse customer's
 * orders, checks them against their delivery notes with the customer, and sends the verified
 * ones to the warehouse on an order organizing sheet (订单整理表).
 */
export class WarehouseOrderService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  async record(actor: Actor, input: NewWarehouseOrder): Promise<WarehouseOrder> {
    const customerId = parseIdArg(input.customerId, 'customerId');
    checkDate(input.orderDate, 'orderDate', windows.any(companyToday(this.timeZone)));
    const values = {
      customerId,
      orderNo: requiredText(input.orderNo, 'orderNo', 60, 'The order number'),
      deliveryNoteNo: requiredText(input.deliveryNoteNo, 'deliveryNoteNo', 60, 'The delivery note number'),
      consignee: requiredText(input.consignee, 'consignee', 200, 'The consignee'),
      orderDate: input.orderDate,
      items: requiredText(input.items, 'items', 2000, 'The items'),
      notes: optionalText(input.notes, 'notes', 2000, 'The notes'),
      status: WarehouseOrderStatus.RECORDED,
      recordedById: actor.id,
    };
    try {
      return await inTransaction(this.db, async (m) => {
        const customer = await loadCustomer(m, customerId);
        const inserted = await m.insert(WarehouseOrder, values);
        const id = Number(inserted.identifiers[0].id);
        await recordAudit(m, actor.id, {
          action: 'warehouse_order.recorded',
          entityType: 'WarehouseOrder',
          entityId: id,
          summary: `Recorded order ${values.orderNo} of ${customer.name} (delivery note ${values.deliveryNoteNo}, consignee ${values.consignee})`,
        });
        return m.findOneOrFail(WarehouseOrder, { where: { id } });
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError(`This customer already has an order numbered ${values.orderNo}.`);
      }
      throw error;
    }
  }

  /**
   * Records the check of an order against its delivery note with the customer: VERIFIED when it
   * matches, else MISMATCH with a note saying what differs (which stays open until checked again).
   */
  async verify(
    actor: Actor,
    idArg: string,
    matches: boolean,
    noteArg: string | null | undefined,
  ): Promise<WarehouseOrder> {
    const id = parseIdArg(idArg, 'id');
    const note = optionalText(noteArg, 'note', 1000, 'The note');
    if (!matches && !note)
      throw new BadUserInputError('Say what differs from the delivery note: a mismatch needs a note.', 'note');
    return inTransaction(this.db, async (m) => {
      const order = await m.findOne(WarehouseOrder, { where: { id } });
      if (!order) throw new NotFoundError('Warehouse order', idArg);
      if (order.status === WarehouseOrderStatus.SENT) {
        throw new ConflictError(
          `The ${describe(order)} was already sent to the warehouse on order organizing sheet ${order.sheetId}.`,
        );
      }
      if (order.status === WarehouseOrderStatus.VERIFIED) {
        throw new ConflictError(`The ${describe(order)} was already verified against its delivery note.`);
      }
      const status = matches ? WarehouseOrderStatus.VERIFIED : WarehouseOrderStatus.MISMATCH;
      const result = await m
        .createQueryBuilder()
        .update(WarehouseOrder)
        .set({ status, verificationNote: note, verifiedById: actor.id, verifiedAt: new Date() })
        .where('id = :id AND status = :was', { id, was: order.status })
        .execute();
      if (!result.affected)
        throw new ConflictError(`The ${describe(order)} was changed by someone else meanwhile; reload it.`);
      await recordAudit(m, actor.id, {
        action: matches ? 'warehouse_order.verified' : 'warehouse_order.mismatch',
        entityType: 'WarehouseOrder',
        entityId: id,
        summary: `Checked ${describe(order)} against delivery note ${order.deliveryNoteNo}: ${matches ? 'matches' : 'mismatch'}${note ? ` (${note})` : ''}`,
      });
      return m.findOneOrFail(WarehouseOrder, { where: { id } });
    });
  }

  /**
   * Puts verified orders of one customer on a new order organizing sheet sent to the warehouse,
   * with where the organized documents were placed: all of them or none (one transaction).
   */
  async sendSheet(actor: Actor, orderIdArgs: string[], placedAtArg: string): Promise<OrderOrganizingSheet> {
    const ids = [...new Set(orderIdArgs.map((id) => parseIdArg(id, 'orderIds')))];
    if (!ids.length) throw new BadUserInputError('Name at least one verified order to send.', 'orderIds');
    if (ids.length > MAX_ORDERS_PER_SHEET)
      throw new BadUserInputError(`One sheet carries at most ${MAX_ORDERS_PER_SHEET} orders.`, 'orderIds');
    const placedAt = requiredText(placedAtArg, 'placedAt', 300, 'Where the organized documents were placed');
    const sentOn = localDateIn(this.timeZone, new Date());
    return inTransaction(this.db, async (m) => {
      const orders = await m.find(WarehouseOrder, { where: { id: In(ids) } });
      const byId = new Map(orders.map((o) => [o.id, o]));
      // The orders in the order they were named, each checked.
      const named: WarehouseOrder[] = [];
      for (const id of ids) {
        const order = byId.get(id);
        if (!order) throw new NotFoundError('Warehouse order', id);
        named.push(order);
        if (order.status === WarehouseOrderStatus.SENT || order.sheetId !== null) {
          throw new ConflictError(`The ${describe(order)} is already on order organizing sheet ${order.sheetId}.`);
        }
        if (order.status === WarehouseOrderStatus.RECORDED) {
          throw new BadUserInputError(
            `The ${describe(order)} has not been checked against its delivery note yet.`,
            'orderIds',
          );
        }
        if (order.status === WarehouseOrderStatus.MISMATCH) {
          throw new BadUserInputError(
            `The ${describe(order)} does not match its delivery note (${order.verificationNote}); check it again first.`,
            'orderIds',
          );
        }
      }
      const customerId = named[0].customerId;
      const other = named.find((o) => o.customerId !== customerId);
      if (other)
        throw new BadUserInputError(
          `One sheet is for one customer's orders; the ${describe(other)} is another customer's.`,
          'orderIds',
        );
      const inserted = await m.insert(OrderOrganizingSheet, { customerId, placedAt, sentOn, sentById: actor.id });
      const sheetId = Number(inserted.identifiers[0].id);
      const result = await m
        .createQueryBuilder()
        .update(WarehouseOrder)
        .set({ status: WarehouseOrderStatus.SENT, sheetId })
        .where('id IN (:...ids) AND status = :verified AND sheetId IS NULL', {
          ids,
          verified: WarehouseOrderStatus.VERIFIED,
        })
        .execute();
      if (result.affected !== ids.length) {
        throw new ConflictError(
          'Some of these orders were changed or sent by someone else meanwhile; reload them and try again.',
        );
      }
      const customer = await m.findOne(Customer, { where: { id: customerId } });
      await recordAudit(m, actor.id, {
        action: 'order_sheet.sent',
        entityType: 'OrderOrganizingSheet',
        entityId: sheetId,
        summary:
          `Sent order organizing sheet of ${customer?.name ?? `customer ${customerId}`} to the warehouse with orders ` +
          `${named.map((o) => o.orderNo).join(', ')}; documents placed at ${placedAt}`,
      });
      return m.findOneOrFail(OrderOrganizingSheet, { where: { id: sheetId } });
    });
  }

  list(args: {
    first?: number | null;
    after?: string | null;
    status?: WarehouseOrderStatus | null;
    customerId?: string | null;
  }): Promise<Page<WarehouseOrder>> {
    const qb = this.db.getRepository(WarehouseOrder).createQueryBuilder('o');
    if (args.status) qb.andWhere('o.status = :status', { status: args.status });
    if (args.customerId != null)
      qb.andWhere('o.customerId = :customerId', { customerId: parseIdArg(args.customerId, 'customerId') });
    return paginate(qb, args);
  }

  /**
   * Order organizing sheets, newest first, by customer, consignee (any order on it; case-insensitive part) and the day
   * sent.
   */
  sheets(args: {
    first?: number | null;
    after?: string | null;
    customerId?: string | null;
    consignee?: string | null;
    from?: LocalDate | null;
    to?: LocalDate | null;
  }): Promise<Page<OrderOrganizingSheet>> {
    const window = windows.any(companyToday(this.timeZone));
    checkOptionalDate(args.from, 'from', window);
    checkOptionalDate(args.to, 'to', window);
    if (args.from && args.to && args.from > args.to)
      throw new BadUserInputError('`from` must not be after `to`.', 'from');
    const qb = this.db.getRepository(OrderOrganizingSheet).createQueryBuilder('s');
    if (args.customerId != null)
      qb.andWhere('s.customerId = :customerId', { customerId: parseIdArg(args.customerId, 'customerId') });
    if (args.from) qb.andWhere('s.sentOn >= :from', { from: args.from });
    if (args.to) qb.andWhere('s.sentOn <= :to', { to: args.to });
    const consignee = args.consignee?.trim();
    if (consignee) {
      qb.andWhere(
        `EXISTS (SELECT 1 FROM warehouse_order o WHERE o.sheetId = s.id AND LOWER(o.consignee) LIKE :consignee ESCAPE '!')`,
        { consignee: containsPattern(consignee.toLowerCase(), 'consignee') },
      );
    }
    return paginate(qb, args);
  }
}
