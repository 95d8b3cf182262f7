/** The visits feature's one door: what other features may use of it. */
export { Visit, VisitStatus } from './visit.entity';
