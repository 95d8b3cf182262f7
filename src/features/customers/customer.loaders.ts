import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { groupLoader } from '../../db/loaders';
import { ContactPerson } from './contact-person.entity';
import { ContactAccess } from './contact-access.entity';
import { OwnershipChange } from './ownership-change.entity';
import { SatisfactionScore } from './satisfaction-survey.entity';

/** Added contact persons of each customer, oldest first (one query per page). */
export function contactPersonsLoader(db: DataSource) {
  return groupLoader<number, ContactPerson>(
    async (customerIds) => {
      const rows = await db
        .getRepository(ContactPerson)
        .find({ where: { customerId: In(customerIds) }, order: { id: 'ASC' } });
      for (const r of rows) r.primary = false;
      return rows;
    },
    (r) => r.customerId,
  );
}

/** Ownership history of each customer, oldest first. */
export function ownershipHistoryLoader(db: DataSource) {
  return groupLoader<number, OwnershipChange>(
    (customerIds) =>
      db.getRepository(OwnershipChange).find({ where: { customerId: In(customerIds) }, order: { id: 'ASC' } }),
    (r) => r.customerId,
  );
}

/** Department scores of each satisfaction survey. */
export function satisfactionScoresLoader(db: DataSource) {
  return groupLoader<number, SatisfactionScore>(
    (surveyIds) =>
      db.getRepository(SatisfactionScore).find({ where: { surveyId: In(surveyIds) }, order: { department: 'ASC' } }),
    (r) => r.surveyId,
  );
}

export interface ContactRead {
  staffId: number;
  customerId: number;
  ownerId: number;
}

/**
 * Records reads of contact details by non-owners: every read in one request is collected (and
 * de-duplicated per staff member and customer) and written with ONE multi-row insert, so a page
 * of 100 customers costs one statement, not 100. Awaiting `load` makes the field wait for the
 * write: contact details are not shown unless their reading was recorded.
 */
export function contactReadRecorder(db: DataSource) {
  return new DataLoader<ContactRead, true, string>(
    async (reads) => {
      await db
        .getRepository(ContactAccess)
        .insert(reads.map((r) => ({ staffId: r.staffId, customerId: r.customerId, ownerId: r.ownerId })));
      return reads.map(() => true as const);
    },
    { cacheKeyFn: (r) => `${r.staffId}:${r.customerId}`, maxBatchSize: 500 },
  );
}
