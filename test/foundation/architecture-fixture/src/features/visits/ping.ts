import { pong } from './pong';

export function ping(): unknown {
  return pong;
}
