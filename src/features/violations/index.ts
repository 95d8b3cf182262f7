/** The violations feature's one door: what other features may use of it. */
export { sumViolations } from './violation.service';
