import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { BadUserInputError, ConflictError, RateNotApprovedError } from '../../errors';
import { checkDate, companyToday, windows } from '../../date-window';
import { paginate, Page } from '../../graphql/connection';
import { parseIdArg } from '../../graphql/ids';
import { formatMoney } from '../../graphql/money';
import { recordAudit } from '../audit';
import { loadCustomer, ownCustomersOnly } from '../customers';
import { Role } from '../../domain/roles';
import { Consignment } from './consignment.entity';
import { RecordConsignmentInput } from './consignment.inputs';
import { freightFen, parseWeightKg, rateInForce } from './freight';
import { requiredText } from '../../graphql/text';
import { insertAndLoad } from '../../db/insert';

export class ConsignmentService {
  constructor(
    private readonly db: DataSource,
    private readonly timeZone: string,
  ) {}

  async record(actor: Actor, input: RecordConsignmentInput): Promise<Consignment> {
    const weightGrams = parseWeightKg(input.weightKg);
    if (!Number.isInteger(input.pieces) || input.pieces < 0)
      throw new BadUserInputError('Pieces must be zero or more.', 'pieces');
    const waybillNo = requiredText(input.waybillNo, 'waybillNo', 40);
    const shippedOn = checkDate(input.shippedOn, 'shippedOn', windows.past(companyToday(this.timeZone)));
    try {
      return await inTransaction(this.db, async (m) => {
        const customer = await loadCustomer(m, input.customerId);
        const rate = await rateInForce(m, customer, shippedOn);
        if (rate === null) throw new RateNotApprovedError(customer.name, shippedOn);
        const saved = await insertAndLoad(m, Consignment, {
          customerId: customer.id,
          waybillNo,
          shippedOn,
          origin: requiredText(input.origin, 'origin', 100),
          destination: requiredText(input.destination, 'destination', 100),
          weightGrams,
          pieces: input.pieces,
          rate,
          freight: freightFen(weightGrams, rate),
          countingFee: input.countingFee ?? 0,
          handlingFee: input.handlingFee ?? 0,
          otherFee: input.otherFee ?? 0,
          freeShipmentRequestId: null,
          recordedById: actor.id,
        });
        await recordAudit(m, actor.id, {
          action: 'consignment.recorded',
          entityType: 'Consignment',
          entityId: saved.id,
          summary: `Recorded waybill ${waybillNo} for ${customer.name}: freight ${formatMoney(saved.freight)} at ${formatMoney(rate)}/t, total ${formatMoney(saved.total)}`,
        });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`Waybill ${waybillNo} is already recorded.`);
      throw error;
    }
  }

  list(
    actor: Actor,
    args: { first?: number | null; after?: string | null; customerId?: string | null },
  ): Promise<Page<Consignment>> {
    const qb = this.db.getRepository(Consignment).createQueryBuilder('c');
    if (args.customerId != null) qb.andWhere('c.customerId = :cid', { cid: parseIdArg(args.customerId, 'customerId') });
    ownCustomersOnly(actor, qb, 'c.customerId', [Role.DISPATCHER]);
    return paginate(qb, args);
  }
}
