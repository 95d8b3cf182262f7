import { inner } from '../features/customers';

export const usesFeature = inner;
