import { hasRole, isAuthenticated } from '../../auth/rules';
import { Role } from '../../domain/roles';

export const attendancePermissions = {
  Query: {
    attendanceSummary: hasRole(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
    // Own records for anyone; others' only for the administration roles (checked in the service).
    attendanceRecords: isAuthenticated,
  },
  Mutation: {
    recordAttendance: hasRole(Role.ASSISTANT_MANAGER, Role.MANAGER, Role.DIRECTOR),
  },
};
