/** The complaints feature's one door: what other features may use of it. */
export { Complaint, ComplaintStatus, ComplaintSeverity } from './complaint.entity';
export { countResolvedComplaints } from './complaint.service';
