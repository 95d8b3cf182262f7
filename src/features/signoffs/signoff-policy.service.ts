import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../auth/actor';
import { inTransaction } from '../../db/transaction';
import { BadUserInputError } from '../../errors';
import { recordAudit } from '../audit';
import { Department } from '../../domain/roles';
import {
  DEFAULT_SIGNOFF_POLICY,
  SignoffFormKind,
  SignoffPolicyEntry,
  SignoffRequirement,
} from './signoff-policy.entity';

/** Forms of a money exception a MANAGER may approve. */
const MONEY_EXCEPTIONS: readonly SignoffFormKind[] = [
  SignoffFormKind.ARREARS_CONSENT,
  SignoffFormKind.OPERATION_NOTICE_SETTLEMENT_CHANGE,
];

const parseList = (list: string) => list.split(',').filter(Boolean) as Department[];

/**
 * The departments that must always sign a form of `kind`, as the policy stands now (read in the caller's transaction).
 */
export async function requiredDepartments(m: EntityManager, kind: SignoffFormKind): Promise<Department[]> {
  const row = await m.findOne(SignoffPolicyEntry, { where: { formKind: kind } });
  return row ? parseList(row.departmentList) : [...DEFAULT_SIGNOFF_POLICY[kind]];
}

/** The filer's departments plus the policy's: a filer may add departments, never drop the required ones. */
export async function withRequiredDepartments(
  m: EntityManager,
  kind: SignoffFormKind,
  named: Department[],
): Promise<Department[]> {
  return [...new Set([...named, ...(await requiredDepartments(m, kind))])].sort();
}

export class SignoffPolicyService {
  constructor(private readonly db: DataSource) {}

  async list(): Promise<SignoffRequirement[]> {
    const rows = await this.db.getRepository(SignoffPolicyEntry).find();
    const set = new Map(rows.map((r) => [r.formKind, parseList(r.departmentList)]));
    return Object.values(SignoffFormKind).map((formKind) => ({
      formKind,
      departments: set.get(formKind) ?? [...DEFAULT_SIGNOFF_POLICY[formKind]],
    }));
  }

  async set(actor: Actor, formKind: SignoffFormKind, departments: Department[]): Promise<SignoffRequirement[]> {
    const list = [...new Set(departments)].sort();
    // The MANAGER approves money exceptions and heads MARKET: another department must co-sign them.
    if (MONEY_EXCEPTIONS.includes(formKind) && !list.some((d) => d !== Department.MARKET)) {
      throw new BadUserInputError(
        `${formKind} forms are money exceptions: require at least one department besides MARKET, so no manager is both the only approver and the only signer.`,
        'departments',
      );
    }
    await inTransaction(this.db, async (m) => {
      const before = await requiredDepartments(m, formKind);
      await m.upsert(SignoffPolicyEntry, { formKind, departmentList: list.join(',') }, ['formKind']);
      await recordAudit(m, actor.id, {
        action: 'signoff_policy.set',
        entityType: 'SignoffPolicy',
        entityId: formKind,
        summary: `${formKind} forms must always be signed by ${list.join(', ') || 'no particular department'} (was ${before.join(', ') || 'none'})`,
      });
    });
    return this.list();
  }
}
