/** Every entity the data source knows, one line per entity, grouped by feature. */
import { Staff } from '../features/staff/staff.entity';
import { StaffRole } from '../features/staff/staff-role.entity';
import { DepartmentHead } from '../features/staff/department-head.entity';
import { AuditEvent } from '../features/audit/audit-event.entity';
import { Customer } from '../features/customers/customer.entity';
import { AttendanceRecord } from '../features/attendance/attendance-record.entity';
import { Violation } from '../features/violations/violation.entity';
import { WarehouseOrder } from '../features/warehouse-orders/warehouse-order.entity';
import { OrderOrganizingSheet } from '../features/warehouse-orders/order-organizing-sheet.entity';

export const entities = [
  Staff,
  StaffRole,
  DepartmentHead,
  AuditEvent,
  Customer,
  AttendanceRecord,
  Violation,
  WarehouseOrder,
  OrderOrganizingSheet,
];
