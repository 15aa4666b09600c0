/**
 * One gateway in a process of its own, for benches that measure it apart from their load: it is
 * configured from its environment like `src/index.js`, tells its parent its URL, and answers
 * `stats` with what the parent cannot see from outside (time spent in garbage collection, CPU
 * time, resident memory).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';

export interface GatewayProcessStats {
  gcMs: number;
  cpuMs: number;
  rssBytes: number;
  heapUsedBytes: number;
}

async function main(): Promise<void> {
  let gcMs = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) gcMs += entry.duration;
  }).observe({ entryTypes: ['gc'] });
  const app = await buildApp(loadConfig(process.env));
  await app.start(0);
  process.send!({ url: app.url });
  process.on('message', (message: string) => {
    if (message === 'stats') {
      const cpu = process.cpuUsage();
      const memory = process.memoryUsage();
      const stats: GatewayProcessStats = { gcMs, cpuMs: (cpu.user + cpu.system) / 1000, rssBytes: memory.rss, heapUsedBytes: memory.heapUsed };
      process.send!({ stats });
    } else if (message === 'stop') {
      void app.stop().then(() => process.exit(0));
    }
  });
}

void main().catch((error: Error) => {
  process.stderr.write(`${error.stack ?? error.message}\n`);
  process.exit(1);
});
