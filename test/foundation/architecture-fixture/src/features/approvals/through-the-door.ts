import { inner } from '../customers';

export const throughTheDoor = inner;
