/** The attendance feature's one door: what other features may use of it. */
export {
  reportStaff,
  countAttendance,
  emptyCounts,
  ADMINISTRATION_ROLES,
  recordUnexcusedAbsence,
} from './attendance.service';
