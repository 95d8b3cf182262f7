/** The signoffs feature's one door: what other features may use of it. */
export { createSignoffForm, validDepartments, signForm } from './signoff.service';
export type { FormSubject } from './signoff.service';
export { SignoffFormKind } from './signoff-policy.entity';
export { withRequiredDepartments } from './signoff-policy.service';
export { NoticeStatus } from './signoff-form.entity';
export { Signature } from './signature.entity';
