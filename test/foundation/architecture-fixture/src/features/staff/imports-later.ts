import { inner } from '../customers';

export const importsLater = inner;
