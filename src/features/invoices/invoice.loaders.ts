import { DataSource, In } from 'typeorm';
import { groupLoader } from '../../db/loaders';
import { Invoice } from './invoice.entity';

export function invoiceLoaders(db: DataSource) {
  return {
    statementInvoices: groupLoader<number, Invoice>(
      (ids) => db.getRepository(Invoice).find({ where: { statementId: In(ids) } }),
      (i) => i.statementId,
    ),
  };
}
