import { inner } from '../customers';

export const unlisted = inner;
