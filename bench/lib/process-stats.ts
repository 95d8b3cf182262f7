import fs from 'node:fs';

/** CPU time (user + system, ms) and peak RSS (MB) of a process, read from /proc. */
const TICKS_PER_SECOND = 100;

export function cpuTimeMs(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name "(...)": utime is the 14th field, stime the 15th overall.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  return ((utime + stime) / TICKS_PER_SECOND) * 1000;
}

export function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : 0;
}

/** The machine's CPU time so far over all its CPUs, in ticks, and the part a hypervisor gave to other guests. */
export interface MachineTicks {
  total: number;
  steal: number;
}

/**
 * The first line of /proc/stat: user, nice, system, idle, iowait, irq, softirq, steal, then guest
 * time, which is already counted in user and nice.
 */
export function machineTicks(stat = fs.readFileSync('/proc/stat', 'utf8')): MachineTicks {
  const fields = stat.slice(0, stat.indexOf('\n')).trim().split(/\s+/).slice(1, 9).map(Number);
  return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
}

/**
 * The share of the machine's time between two readings that the host took for other guests (0 to 1):
 * on a virtual machine, when it is high, every process here, the reference included, ran on less CPU.
 */
export function stealShare(before: MachineTicks, after: MachineTicks): number {
  const total = after.total - before.total;
  return total > 0 ? (after.steal - before.steal) / total : 0;
}
