/** The invoices feature's one door: what other features may use of it. */
export { Invoice } from './invoice.entity';
