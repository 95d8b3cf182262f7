import { DataSource } from 'typeorm';
import { Config } from '../config';
import { Staff } from '../features/staff/staff.entity';

/** The demo staff by short key, e.g. staff.sales1. */
export type DemoStaffKey =
  | 'director'
  | 'manager'
  | 'assistant'
  | 'sales1'
  | 'sales2'
  | 'collector'
  | 'clerk'
  | 'dispatcher'
  | 'warehouseHead'
  | 'financeHead'
  | 'operationsHead';

/** What each feature's demo seed receives; features add their data in order (customers first). */
export interface SeedContext {
  db: DataSource;
  config: Config;
  staff: Record<DemoStaffKey, Staff>;
  /** "Today" in the company's time zone, so demo months line up with the reports. */
  today: string;
}
