import fs from 'node:fs';
import net from 'node:net';

/**
 * The first port the kernel hands out for outgoing connections (and for listen(0)). A port picked
 * from that range can be taken by any test's outgoing connection in the seconds between the pick
 * and a spawned server's listen (it then fails with EADDRINUSE); ports below it are only ever
 * taken by someone who asks for them by number.
 */
export function ephemeralPortsFrom(): number {
  try {
    const low = Number(fs.readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/)[0]);
    return Number.isInteger(low) && low > 0 ? low : 32768;
  } catch {
    return 32768;
  }
}

/** Whether nothing listens on `port` at 127.0.0.1 now. */
export function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.once('error', () => resolve(false));
    s.listen(port, '127.0.0.1', () => s.close(() => resolve(true)));
  });
}

/** Lowest port handed out by freePort: clear of the well-known and registered ports most services use. */
const LOWEST = 10_000;

/**
 * A TCP port on 127.0.0.1 that nothing listens on now, below the ephemeral range: for a server
 * process or database a test starts.
 */
export async function freePort(): Promise<number> {
  const highest = ephemeralPortsFrom() - 1;
  for (let attempt = 0; attempt < 50 && highest > LOWEST; attempt++) {
    const port = LOWEST + Math.floor(Math.random() * (highest - LOWEST + 1));
    if (await isFree(port)) return port;
  }
  throw new Error(`no free port between ${LOWEST} and ${highest}`);
}
