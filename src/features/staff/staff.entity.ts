import { Column, CreateDateColumn, Entity, Index, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { Field, ID, ObjectType } from 'type-graphql';
import { Department, Role } from '../../domain/roles';
import { StaffRole } from './staff-role.entity';
import { timestampColumn } from '../../db/columns';

@ObjectType({ description: 'A member of staff: who they are, their roles and their department.' })
@Entity('staff')
export class Staff {
  @Field(() => ID, { description: 'Unique id of the staff member.' })
  @PrimaryGeneratedColumn()
  id: number;

  @Field({ description: 'Full name as shown to colleagues.' })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Field({ description: 'Sign-in email, unique, stored lower-cased.' })
  @Index('UQ_staff_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** argon2id hash; never exposed. */
  @Column({ type: 'varchar', length: 255 })
  passwordHash: string;

  @Field(() => Department, { description: 'The department this staff member belongs to.' })
  @Column({ type: 'varchar', length: 20 })
  department: Department;

  @Field({ description: 'False once the DIRECTOR deactivates the account: it can no longer sign in or act.' })
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @OneToMany(() => StaffRole, (r) => r.staff, { cascade: true, eager: true })
  roleRows: StaffRole[];

  @Field({ description: 'When the account was created.' })
  @CreateDateColumn(timestampColumn)
  createdAt: Date;

  /** Set when too many sign-ins failed (counted in login_attempt); cleared by the DIRECTOR or a good sign-in. */
  @Column({ ...timestampColumn, nullable: true, default: null })
  lockedUntil: Date | null;

  /**
   * Tokens carry the version current when they were issued; logout and a password change raise
   * it, so every earlier token stops working on its next request. Never exposed.
   */
  @Column({ type: 'int', default: 0 })
  tokenVersion: number;

  get roles(): Role[] {
    return (this.roleRows ?? []).map((r) => r.role).sort();
  }

  hasRole(...roles: Role[]): boolean {
    return this.roles.some((r) => roles.includes(r));
  }
}
