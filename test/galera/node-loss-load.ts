import { GaleraCluster } from '../support/galera-cluster';
import { ApiInstance, codes, post } from './cluster-instances';

/**
 * A mixed read/write load on the API instances (loopback only, bounded in time), with one node
 * SIGKILLed half way and started again a few seconds later. Writes are payments with idempotency
 * keys, as a careful client sends them: a payment whose answer was an error is sent again with its
 * key until it is acknowledged, so in the end every payment the load meant to make is
 * acknowledged, and the database must hold each exactly once.
 */
export interface NodeLossLoad {
  instances: ApiInstance[];
  cluster: GaleraCluster;
  killNode: number;
  connections: number;
  durationMs: number;
  customers: string[];
  readToken: string;
  writeToken: string;
}

export interface LoadReport {
  requests: number;
  errorsByCode: Record<string, number>;
  /** Failures other than CONFLICT before the node was killed (none expected). */
  errorsBeforeKill: number;
  /** CONFLICT answers at any time: writes that stayed busy through their retries, resent by the client. */
  conflicts: number;
  /** From the kill until the end of the last failed request (0 when none failed). */
  recoveryMs: number;
  requestsAfterRecovery: number;
  readyChecks: number;
  notReady: string[];
  rejoinedWith: 'IST' | 'SST';
  rejoinMs: number;
  acknowledged: Set<string>;
  text: string;
}

const READ = `query($n: Int) { customers(first: $n) { edges { node { id name balance openReceivables { id outstanding } } } } }`;
const PAY = `mutation($c: ID!, $k: String!) { recordPayment(customerId: $c, amount: "1.00", receivedOn: "2026-11-20", reference: "load", idempotencyKey: $k) { id } }`;
const REJOIN_AFTER_MS = 5000;

interface Outcome {
  started: number;
  ended: number;
  kind: 'read' | 'write';
  code: string | null;
  message?: string;
  path?: string;
}

export async function runLoadWithNodeLoss(o: NodeLossLoad): Promise<LoadReport> {
  const t0 = Date.now();
  const killAt = o.durationMs / 2;
  const outcomes: Outcome[] = [];
  const acknowledged = new Set<string>();
  const attempted = new Set<string>();
  const notReady: string[] = [];
  let readyChecks = 0;
  let killedAt = Infinity;
  let keySeq = 0;

  const request = async (
    instance: ApiInstance,
    kind: 'read' | 'write',
    key: string,
    customer: string,
  ): Promise<string | null> => {
    const started = Date.now() - t0;
    let code: string | null;
    let message: string | undefined;
    let path: string | undefined;
    const send = () =>
      kind === 'read'
        ? post(instance, READ, { n: 20 }, o.readToken)
        : post(instance, PAY, { c: customer, k: key }, o.writeToken);
    try {
      // Sent again once on a transport error: the client's kept-alive socket can meet the API's
      // HTTP server closing it as idle (keepAliveTimeout), a reset no database event causes.
      const body = await send().catch(send);
      code = codes(body)[0] ?? (body.data ? null : 'NO_DATA');
      message = body.errors?.[0]?.message;
      path = body.errors?.[0]?.path?.join('.');
    } catch (error) {
      code = `HTTP_${(error as { cause?: { code?: string } }).cause?.code ?? 'FAILED'}`;
    }
    outcomes.push({ started, ended: Date.now() - t0, kind, code, message, path });
    return code;
  };

  const connection = async (i: number) => {
    const instance = o.instances[i % o.instances.length];
    const unacknowledged: Array<{ key: string; customer: string }> = [];
    for (let n = 0; Date.now() - t0 < o.durationMs; n++) {
      if (n % 2 === 0) {
        await request(instance, 'read', '', '');
        continue;
      }
      // Each customer is paid through one instance (connections i and i + 4 share one, on the same
      // instance): payments of one customer meet in one node's locks, as they would behind a
      // balancer that keeps a customer's collector on one instance. Cross-node conflicts have their
      // own test; here an error is what the lost node caused.
      const write = unacknowledged.shift() ?? {
        key: `load-${i}-${++keySeq}`,
        customer: o.customers[i % o.customers.length],
      };
      attempted.add(write.key);
      const code = await request(instance, 'write', write.key, write.customer);
      if (code === null) acknowledged.add(write.key);
      else unacknowledged.push(write);
    }
    // The client's last resends, after the load: bounded, like everything here.
    for (const write of unacknowledged) {
      for (let attempt = 0; attempt < 20 && !acknowledged.has(write.key); attempt++) {
        if ((await request(instance, 'write', write.key, write.customer)) === null) acknowledged.add(write.key);
        else await new Promise((r) => setTimeout(r, 500));
      }
    }
  };

  const readiness = async () => {
    while (Date.now() - t0 < o.durationMs) {
      for (const instance of o.instances) {
        readyChecks++;
        try {
          const res = await fetch(`${instance.url}/readyz`);
          if (res.status !== 200) notReady.push(`${instance.name} ${res.status} at ${Date.now() - t0} ms`);
        } catch (error) {
          notReady.push(`${instance.name} ${(error as Error).message} at ${Date.now() - t0} ms`);
        }
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  let rejoinMs = 0;
  const nodeLoss = async (): Promise<'IST' | 'SST'> => {
    await new Promise((r) => setTimeout(r, killAt));
    killedAt = Date.now() - t0;
    await o.cluster.kill(o.killNode);
    await new Promise((r) => setTimeout(r, REJOIN_AFTER_MS));
    const started = Date.now();
    const how = await o.cluster.rejoin(o.killNode);
    rejoinMs = Date.now() - started;
    return how;
  };

  const [rejoinedWith] = await Promise.all([
    nodeLoss(),
    readiness(),
    ...Array.from({ length: o.connections }, (_, i) => connection(i)),
  ]);

  const failed = outcomes.filter((r) => r.code !== null);
  const errorsByCode: Record<string, number> = {};
  for (const r of failed) errorsByCode[r.code!] = (errorsByCode[r.code!] ?? 0) + 1;
  // CONFLICT ("busy, try again": a write whose retries all met a conflicting one) is what contention
  // gives with or without a lost node, and the client resends it with the same key; what the lost
  // node causes, and what recovery is measured on, is every other failure.
  const outage = failed.filter((r) => r.code !== 'CONFLICT');
  const lastFailure = outage.length ? Math.max(...outage.map((r) => r.ended)) : killedAt;
  const recoveryMs = Math.max(0, lastFailure - killedAt);
  const report: LoadReport = {
    requests: outcomes.length,
    errorsByCode,
    errorsBeforeKill: outage.filter((r) => r.ended < killedAt).length,
    conflicts: failed.length - outage.length,
    recoveryMs,
    requestsAfterRecovery: outcomes.filter((r) => r.started > lastFailure).length,
    readyChecks,
    notReady,
    rejoinedWith,
    rejoinMs,
    acknowledged,
    text: '',
  };
  const writes = outcomes.filter((r) => r.kind === 'write');
  report.text = [
    `Node ${o.killNode} of 3 SIGKILLed at ${(killedAt / 1000).toFixed(1)} s of a ${(o.durationMs / 1000).toFixed(0)} s load (${o.connections} connections, reads and payments alternating, ${o.instances.length} API instances):`,
    `  requests: ${outcomes.length} (${writes.length} payment requests, ${outcomes.length - writes.length} reads), ${(outcomes.length / (o.durationMs / 1000)).toFixed(1)}/s`,
    `  errors clients saw: ${failed.length} ${JSON.stringify(errorsByCode)} (${report.errorsBeforeKill} other than CONFLICT before the kill)`,
    `  every request succeeds again ${(recoveryMs / 1000).toFixed(1)} s after the kill (CONFLICT aside); ${report.requestsAfterRecovery} requests after that`,
    `  /readyz: ${readyChecks} checks, ${notReady.length} not ready ${notReady.length ? JSON.stringify(notReady.slice(0, 5)) : ''}`,
    `  node ${o.killNode} restarted ${REJOIN_AFTER_MS / 1000} s after the kill, rejoined with ${rejoinedWith} in ${(rejoinMs / 1000).toFixed(1)} s`,
    `  payments acknowledged: ${acknowledged.size} of ${attempted.size} attempted`,
    // Anything but "busy", or "unavailable" after the kill, is a fault to explain: say when and what.
    ...failed
      .filter((r) => r.code !== 'CONFLICT' && (r.code !== 'SERVICE_UNAVAILABLE' || r.ended < killedAt))
      .slice(0, 5)
      .map(
        (r) =>
          `  unexpected, at ${(r.ended / 1000).toFixed(1)} s: ${r.kind} ${r.code} ${r.message ?? ''} ${r.path ?? ''}`,
      ),
    // The servers' side of those faults: what they logged as unexpected, with the driver's code.
    ...o.instances.flatMap((instance) =>
      instance.errorLog.slice(0, 5).map(
        (l) =>
          `  ${instance.name} logged: ${l.msg} ${l.err?.type ?? ''} ${l.err?.code ?? l.err?.driverError?.code ?? ''} ${l.err?.message ?? ''} ${JSON.stringify(l.path ?? '')} ${String(
            l.err?.stack ?? '',
          )
            .split('\n')
            .slice(1, 4)
            .join(' | ')}`,
      ),
    ),
  ].join('\n');
  return report;
}
