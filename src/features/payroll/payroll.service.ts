import { DataSource } from 'typeorm';
import { Fen } from '../../graphql/money';
import { monthRange } from '../../time';
import { Staff } from '../staff';
import { countAttendance, emptyCounts, reportStaff } from '../attendance';
import { sumViolations } from '../violations';

export interface PayrollRowData {
  staff: Staff;
  month: string;
  daysPresent: number;
  businessTripDays: number;
  leave: number;
  sickDays: number;
  unexcusedAbsences: number;
  absencesFromFalseVisitReports: number;
  violations: number;
  fines: Fen;
  compensation: Fen;
  totalDeductions: Fen;
}

/**
 * The monthly payroll summary (工资汇总): what the month's attendance records and violations
 * mean for each staff member's pay, counted in the database from exactly those records.
 */
export class PayrollService {
  constructor(private readonly db: DataSource) {}

  async summary(month: string): Promise<PayrollRowData[]> {
    const { first, last } = monthRange(month);
    const [attendance, violations] = await Promise.all([
      countAttendance(this.db, first, last),
      sumViolations(this.db, first, last),
    ]);
    const staff = await reportStaff(this.db, [...attendance.keys(), ...violations.keys()]);
    return staff.map((s) => {
      const a = attendance.get(s.id) ?? emptyCounts();
      const v = violations.get(s.id) ?? { count: 0, fines: 0, compensation: 0 };
      return {
        staff: s,
        month,
        daysPresent: a.present + a.businessTrip,
        businessTripDays: a.businessTrip,
        leave: a.leave + a.sick,
        sickDays: a.sick,
        unexcusedAbsences: a.unexcusedAbsences,
        absencesFromFalseVisitReports: a.fromFalseVisitReports,
        violations: v.count,
        fines: v.fines,
        compensation: v.compensation,
        totalDeductions: v.fines + v.compensation,
      };
    });
  }
}
