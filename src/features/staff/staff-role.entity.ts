import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Role } from '../../domain/roles';
import type { Staff } from './staff.entity';

/** One role held by one staff member. */
@Entity('staff_role')
export class StaffRole {
  @PrimaryColumn({ type: 'int' })
  staffId: number;

  @PrimaryColumn({ type: 'varchar', length: 30 })
  role: Role;

  @ManyToOne('Staff', (s: Staff) => s.roleRows, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'staffId' })
  staff: Staff;
}
