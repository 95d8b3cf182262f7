/** The payments feature's one door: what other features may use of it. */
export { Payment } from './payment.entity';
export { applyCredit } from './allocation';
