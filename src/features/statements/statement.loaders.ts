import { DataSource, In } from 'typeorm';
import { byIdLoader, groupLoader } from '../../db/loaders';
import { StatementLine } from './statement-line.entity';
import { Statement } from './statement.entity';

export function statementLoaders(db: DataSource) {
  return {
    statement: byIdLoader(db, Statement),
    statementLines: groupLoader<number, StatementLine>(
      (ids) => db.getRepository(StatementLine).find({ where: { statementId: In(ids) }, order: { id: 'ASC' } }),
      (l) => l.statementId,
    ),
  };
}
