/** The consignments feature's one door: what other features may use of it. */
export { Consignment } from './consignment.entity';
export { freightFen, formatWeightKg, repriceConsignments } from './freight';
export { CustomerRate, INITIAL_RATE_DATE } from './customer-rate.entity';
