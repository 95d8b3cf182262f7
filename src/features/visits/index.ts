/** The visits feature's one door: what other features may use of it. */
export { Visit, VisitStatus } from './visit.entity';
export { VisitRequest } from './visit-request.entity';
