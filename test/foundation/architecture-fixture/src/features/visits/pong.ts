import { ping } from './ping';

export function pong(): unknown {
  return ping;
}
