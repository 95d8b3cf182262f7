import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ExpenseClaim } from './expense-claim.entity';

/** An EXPENSE request's details, by request id (one query per page of requests). */
export function expenseLoaders(db: DataSource) {
  return {
    expenseClaimByRequest: new DataLoader<number, ExpenseClaim | null>(async (ids) => {
      const rows = await db.getRepository(ExpenseClaim).find({ where: { requestId: In([...ids]) } });
      const byId = new Map(rows.map((r) => [r.requestId, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
