import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/**
 * Runs a query builder over ONE entity (joins only to filter, none selected) and returns its rows as
 * entities, at about half the CPU of `getMany()`. TypeORM's general result transformer (built for
 * joins, relation ids and counts) is the most expensive step of the short queries every page
 * runs (the page itself and its batched relations); a plain row only needs what that transformer
 * does per column: the driver's conversion of the raw value, set on an instance of the class.
 *
 * The builder keeps its filters, order and limit; its selection is replaced by every column of
 * the entity. Extra raw columns (e.g. an `addSelect` sum) come back in `raw`, row for row.
 */
export async function getPlainEntities<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, extra: Record<string, string> = {}): Promise<{ entities: T[]; raw: ObjectLiteral[] }> {
  const metadata = qb.expressionMap.mainAlias!.metadata;
  if (qb.expressionMap.joinAttributes.some((join) => join.isSelected)) throw new Error('getPlainEntities reads one entity: a selected join needs getMany().');
  const driver = qb.connection.driver;
  const alias = driver.escape(qb.alias);
  const columns = metadata.columns.filter((c) => !c.isVirtual); // the columns getMany() sets on a fully selected entity
  qb.select(columns.map((c, i) => `${alias}.${driver.escape(c.databaseName)} AS ${driver.escape(`c${i}`)}`));
  for (const [name, expression] of Object.entries(extra)) qb.addSelect(expression, name);
  const raw = await qb.getRawMany();
  const entities = raw.map((row) => {
    const entity = metadata.create(undefined, { fromDeserializer: true }) as T;
    columns.forEach((column, i) => column.setEntityValue(entity, driver.prepareHydratedValue(row[`c${i}`], column)));
    return entity;
  });
  return { entities, raw };
}

