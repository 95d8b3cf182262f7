/** The storage feature's one door: what other features may use of it. */
export { overlapDays, parseAreaCenti, storageFeeFen } from './storage-fee';
export { StorageOccupancy } from './storage-occupancy.entity';
