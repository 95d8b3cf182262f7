import { DataSource, EntityManager } from 'typeorm';
import { Actor } from '../../auth/actor';
import { assertStrongPassword, hashPassword } from '../../auth/passwords';
import { ConflictError, BadUserInputError, NotFoundError } from '../../errors';
import { inTransaction, isUniqueViolation } from '../../db/transaction';
import { readStaff } from './staff.loaders';
import { parseIdArg } from '../../graphql/ids';
import { recordAudit } from '../audit';
import { Staff } from './staff.entity';
import { StaffRole } from './staff-role.entity';
import { DepartmentHead } from './department-head.entity';
import { Department, Role } from '../../domain/roles';
import { insertedId } from '../../db/insert';

export interface NewStaff {
  name: string;
  email: string;
  password: string;
  roles: Role[];
  department: Department;
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * What staff changes make other features do, registered by the composition root: staff sits below
 * the features that react (sign-in forgets the failed attempts of a reactivated account).
 */
export interface StaffHooks {
  /** In the reactivating transaction. */
  reactivated(manager: EntityManager, staff: Staff): Promise<void>;
  /** After a deactivation commits: live sessions of the account end (their sockets close). */
  sessionsEnded?(staffId: number): void;
}

/** Staff accounts, roles and department heads. */
export class StaffService {
  constructor(
    private readonly db: DataSource,
    private readonly hooks: StaffHooks,
  ) {}

  /**
   * The signed-in staff member as they are now (roles, token version), or null if gone or
   * deactivated. Every request asks this once, from the primary: one statement (staff joined to
   * its roles), read whole so that the request can hold it (`knownStaff`, which the staff loader
   * and `me` answer from).
   */
  async loadCaller(staffId: number): Promise<Staff | null> {
    const staff = (await readStaff(this.db, [staffId], 'primary')).get(staffId);
    return staff?.active ? staff : null;
  }

  async get(id: string | number): Promise<Staff> {
    const staff = await this.db.getRepository(Staff).findOne({ where: { id: parseIdArg(id, 'id') } });
    if (!staff) throw new NotFoundError('Staff member', String(id));
    return staff;
  }

  async list(role?: Role | null): Promise<Staff[]> {
    const qb = this.db
      .getRepository(Staff)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.roleRows', 'r')
      .orderBy('s.name')
      .addOrderBy('s.id');
    if (role) qb.where('s.id IN (SELECT sr.staffId FROM staff_role sr WHERE sr.role = :role)', { role });
    return qb.getMany();
  }

  async create(actor: Actor | null, input: NewStaff): Promise<Staff> {
    const email = normalizeEmail(input.email);
    const name = input.name.trim();
    if (!name) throw new BadUserInputError('A name is required.', 'name');
    assertStrongPassword(input.password);
    const roles = [...new Set(input.roles)];
    if (!roles.length) throw new BadUserInputError('At least one role is required.', 'roles');
    const passwordHash = await hashPassword(input.password);
    try {
      return await inTransaction(this.db, async (m) => {
        const id = insertedId(
          await m.insert(Staff, { name, email, passwordHash, department: input.department, active: true }),
        );
        await m.insert(
          StaffRole,
          roles.map((role) => ({ staffId: id, role })),
        );
        const saved = await m.findOneOrFail(Staff, { where: { id } });
        await recordAudit(m, actor?.id ?? null, {
          action: 'staff.created',
          entityType: 'Staff',
          entityId: saved.id,
          summary: `Created ${name} <${email}> in ${input.department} with roles ${roles.join(', ')}`,
        });
        return saved;
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError(`A staff account with the email ${email} already exists.`);
      throw error;
    }
  }

  async setRoles(actor: Actor, staffId: string, roles: Role[]): Promise<Staff> {
    const id = parseIdArg(staffId, 'staffId');
    const unique = [...new Set(roles)].sort();
    if (!unique.length) throw new BadUserInputError('At least one role is required.', 'roles');
    // As with deactivation: the DIRECTOR manages staff, so they cannot take that role from themselves.
    if (id === actor.id && !unique.includes(Role.DIRECTOR))
      throw new BadUserInputError('You cannot remove your own DIRECTOR role.', 'roles');
    await inTransaction(this.db, async (m) => {
      const staff = await m.findOne(Staff, { where: { id } });
      if (!staff) throw new NotFoundError('Staff member', staffId);
      const before = staff.roles;
      await m.delete(StaffRole, { staffId: id });
      await m.insert(
        StaffRole,
        unique.map((role) => ({ staffId: id, role })),
      );
      await recordAudit(m, actor.id, {
        action: 'staff.roles_changed',
        entityType: 'Staff',
        entityId: id,
        summary: `Roles of ${staff.name} changed from ${before.join(', ') || '(none)'} to ${unique.join(', ')}`,
      });
    });
    return this.get(id);
  }

  async setActive(actor: Actor, staffId: string, active: boolean): Promise<Staff> {
    const id = parseIdArg(staffId, 'staffId');
    if (id === actor.id && !active) throw new BadUserInputError('You cannot deactivate your own account.', 'staffId');
    await inTransaction(this.db, async (m) => {
      const staff = await m.findOne(Staff, { where: { id } });
      if (!staff) throw new NotFoundError('Staff member', staffId);
      await m.update(Staff, { id }, active ? { active, lockedUntil: null } : { active });
      if (active) await this.hooks.reactivated(m, staff);
      await recordAudit(m, actor.id, {
        action: active ? 'staff.activated' : 'staff.deactivated',
        entityType: 'Staff',
        entityId: id,
        summary: `${active ? 'Reactivated' : 'Deactivated'} the account of ${staff.name}`,
      });
    });
    if (!active) this.hooks.sessionsEnded?.(id);
    return this.get(id);
  }

  async setDepartmentHead(actor: Actor, department: Department, staffId: string): Promise<DepartmentHead> {
    const id = parseIdArg(staffId, 'staffId');
    return inTransaction(this.db, async (m) => {
      const staff = await m.findOne(Staff, { where: { id } });
      if (!staff || !staff.active) throw new NotFoundError('Staff member', staffId);
      // A department is headed by one of its own staff; the MANAGER heads MARKET (docs/rules.md).
      if (staff.department !== department)
        throw new BadUserInputError(`${staff.name} works in ${staff.department}, not ${department}.`, 'staffId');
      if (department === Department.MARKET && !staff.hasRole(Role.MANAGER))
        throw new BadUserInputError('The MANAGER heads MARKET.', 'staffId');
      await m.upsert(DepartmentHead, { department, headId: id }, ['department']);
      await recordAudit(m, actor.id, {
        action: 'department.head_set',
        entityType: 'Department',
        entityId: department,
        summary: `${staff.name} now heads ${department}`,
      });
      return m.create(DepartmentHead, { department, headId: id });
    });
  }

  departmentHeads(): Promise<DepartmentHead[]> {
    return this.db.getRepository(DepartmentHead).find({ order: { department: 'ASC' } });
  }

  /** The departments this staff member heads (and so may sign for). */
  async departmentsHeadedBy(staffId: number): Promise<Department[]> {
    const rows = await this.db.getRepository(DepartmentHead).find({ where: { headId: staffId } });
    return rows.map((r) => r.department);
  }
}
