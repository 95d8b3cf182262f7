/** The statements feature's one door: what other features may use of it. */
export { Statement, StatementStatus } from './statement.entity';
