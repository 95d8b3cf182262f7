/** Every entity the data source knows, one line per entity, grouped by feature. */
import { Staff } from '../features/staff/staff.entity';
import { StaffRole } from '../features/staff/staff-role.entity';
import { DepartmentHead } from '../features/staff/department-head.entity';
import { AuditEvent } from '../features/audit/audit-event.entity';
import { Customer } from '../features/customers/customer.entity';
import { AttendanceRecord } from '../features/attendance/attendance-record.entity';
import { LoginAttempt } from '../features/auth/login-attempt.entity';

export const entities = [
  Staff,
  StaffRole,
  DepartmentHead,
  AuditEvent,
  Customer,
  AttendanceRecord,
  LoginAttempt,
];
