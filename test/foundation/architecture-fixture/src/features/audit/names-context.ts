import type { Context } from '../../context';

export type Reads = Context['caller'];
