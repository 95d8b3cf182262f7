import { EntityManager } from 'typeorm';
import { Fen, formatMoney } from '../../graphql/money';
import { ApprovalKind, ApprovalStatus, ApprovalRequest, storageRateSpans } from '../approvals';
import { Consignment, formatWeightKg } from '../consignments';
import { Customer } from '../customers';
import { StorageOccupancy, overlapDays, storageFeeFen } from '../storage';
import { StatementLineKind } from './statement-line.entity';

export interface DraftLine {
  kind: StatementLineKind;
  description: string;
  amount: Fen;
  consignmentId: number | null;
  late: boolean;
  deductionRequestId: number | null;
  occupancyId: number | null;
}

/**
 * The lines of a new statement: every consignment shipped up to the period's end and not on a live
 * statement (one shipped before the period began is billed late here, marked so: nothing becomes
 * unbillable because its own period was already billed), storage fees for the occupied days inside
 * the period, and approved deductions not yet on a live statement (negative). Run inside the issuing
 * transaction, with the customer locked.
 */
export async function draftLines(
  m: EntityManager,
  customer: Customer,
  start: string,
  end: string,
  defaultStorageRate: Fen,
): Promise<DraftLine[]> {
  const consignments = await m
    .getRepository(Consignment)
    .createQueryBuilder('c')
    .where('c.customerId = :cid AND c.shippedOn <= :end', { cid: customer.id, end })
    .andWhere('NOT EXISTS (SELECT 1 FROM statement_line l WHERE l.liveConsignmentId = c.id)')
    .orderBy('c.shippedOn', 'ASC')
    .addOrderBy('c.id', 'ASC')
    .getMany();
  const lines: DraftLine[] = consignments.map((c) => ({
    kind: StatementLineKind.CONSIGNMENT,
    late: c.shippedOn < start,
    description:
      `${c.shippedOn < start ? '【补记：上期未结】' : ''}${c.shippedOn} 运单${c.waybillNo} ${c.origin}→${c.destination} ${formatWeightKg(c.weightGrams)}kg ${c.pieces}件：运费${formatMoney(c.freight)}${c.freeShipmentRequestId ? '（免运费）' : ''} 点数费${formatMoney(c.countingFee)} 装卸费${formatMoney(c.handlingFee)} 其他${formatMoney(c.otherFee)}`.slice(
        0,
        500,
      ),
    amount: c.total,
    consignmentId: c.id,
    deductionRequestId: null,
    occupancyId: null,
  }));
  const occupancies = await m
    .getRepository(StorageOccupancy)
    .createQueryBuilder('o')
    .where('o.customerId = :cid AND o.fromDate <= :end AND (o.toDate IS NULL OR o.toDate >= :start)', {
      cid: customer.id,
      start,
      end,
    })
    .orderBy('o.id', 'ASC')
    .getMany();
  // Each day at the storage rate in force that day: an approved terms change applies from its approval day.
  const spans = await storageRateSpans(m, customer, start, end);
  for (const o of occupancies) {
    for (const span of spans) {
      const rate = span.rate ?? defaultStorageRate;
      const days = overlapDays(o.fromDate, o.toDate, span.from, span.to);
      if (days <= 0) continue;
      lines.push({
        kind: StatementLineKind.STORAGE,
        late: false,
        description: `仓储费：${(o.areaCentiSquareMeters / 100).toFixed(2)}平方米 × ${days}天 × ${formatMoney(rate)}元/平方米·天`,
        amount: storageFeeFen(o.areaCentiSquareMeters, rate, days),
        consignmentId: null,
        deductionRequestId: null,
        occupancyId: o.id,
      });
    }
  }
  const deductions = await m
    .getRepository(ApprovalRequest)
    .createQueryBuilder('r')
    .where('r.customerId = :cid AND r.kind = :kind AND r.status = :approved', {
      cid: customer.id,
      kind: ApprovalKind.DEDUCTION,
      approved: ApprovalStatus.APPROVED,
    })
    .andWhere('NOT EXISTS (SELECT 1 FROM statement_line l WHERE l.liveDeductionId = r.id)')
    .orderBy('r.id', 'ASC')
    .getMany();
  for (const d of deductions) {
    lines.push({
      kind: StatementLineKind.DEDUCTION,
      late: false,
      description: `理赔/扣款（审批单${d.id}）：${d.reason}`.slice(0, 500),
      amount: -(d.amount ?? 0),
      consignmentId: null,
      deductionRequestId: d.id,
      occupancyId: null,
    });
  }
  return lines;
}
