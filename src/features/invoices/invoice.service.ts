import { DataSource } from 'typeorm';
import { Actor } from '../../auth/actor';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { AmountMismatchError, BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { parseIdArg } from '../../graphql/ids';
import { Fen, formatMoney } from '../../graphql/money';
import { recordAudit } from '../audit';
import { Statement, StatementStatus } from '../statements';
import { Invoice } from './invoice.entity';
import { insertAndLoad } from '../../db/insert';

export class InvoiceService {
  constructor(private readonly db: DataSource) {}

  async issue(actor: Actor, statementId: string, invoiceNo: string, amount: Fen): Promise<Invoice> {
    const number = invoiceNo.trim();
    if (!number || number.length > 40)
      throw new BadUserInputError('The invoice number must be 1 to 40 characters.', 'invoiceNo');
    const id = parseIdArg(statementId, 'statementId');
    try {
      return await inTransaction(this.db, async (m) => {
        const s = await m.findOne(Statement, { where: { id } });
        if (!s) throw new NotFoundError('Statement', statementId);
        if (s.status !== StatementStatus.CONFIRMED)
          throw new ConflictError(`An invoice needs a confirmed statement (this one is ${s.status}).`);
        if (amount !== s.total) throw new AmountMismatchError(formatMoney(s.total), formatMoney(amount));
        const invoice = await insertAndLoad(m, Invoice, {
          statementId: id,
          invoiceNo: number,
          amount,
          issuedById: actor.id,
        });
        await recordAudit(m, actor.id, {
          action: 'invoice.issued',
          entityType: 'Invoice',
          entityId: invoice.id,
          summary: `Issued invoice ${number} for statement ${id}: ${formatMoney(amount)}`,
        });
        return invoice;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new ConflictError(`Statement ${id} already has an invoice, or invoice number ${number} is taken.`);
      throw error;
    }
  }
}
