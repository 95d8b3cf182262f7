import { hasRole, isAuthenticated } from '../../auth/rules';
import { MANAGEMENT } from '../../domain/role-sets';

export const attendancePermissions = {
  Query: {
    attendanceSummary: hasRole(...MANAGEMENT),
    // Own records for anyone; others' only for the administration roles (checked in the service).
    attendanceRecords: isAuthenticated,
  },
  Mutation: {
    recordAttendance: hasRole(...MANAGEMENT),
  },
};
