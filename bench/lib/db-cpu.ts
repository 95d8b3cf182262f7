import fs from 'node:fs';
import { Connection } from 'mysql2/promise';
import { cpuTimeMs } from './process-stats';

/**
 * The database server's process, to charge each scenario the database CPU it caused (user + system
 * time of mariadbd from /proc). Only meaningful when the database runs on this machine and nothing
 * else uses it during the run; null when its process cannot be found (remote database).
 */
export async function databasePid(conn: Connection): Promise<number | null> {
  try {
    const [rows] = await conn.query('SELECT @@pid_file AS f');
    const file = String((rows as Array<{ f: string }>)[0].f);
    const pid = Number(fs.readFileSync(file, 'utf8').trim());
    cpuTimeMs(pid);
    return pid;
  } catch {
    return null;
  }
}

export const databaseCpuMs = (pid: number | null): number | null => (pid === null ? null : cpuTimeMs(pid));
