import { inner } from '../customers/customer-inner';

export const reachesInside = inner;
