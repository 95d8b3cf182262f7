import { inner } from '../customers/customer-inner';

// Demo seeds may reach into any feature.
export const seeded = inner;
