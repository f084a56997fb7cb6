// Preloaded into a bot process by bench/phases.ts (`node --import <this file>`): asked "start" over
// IPC it begins a fresh event-loop delay histogram and GC pause count; asked "stop" it sends them.
// Plain JavaScript, so any build (ours or a baseline commit's dist/) can load it.
import { monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

let loop = monitorEventLoopDelay({ resolution: 1 });
let gcMs = 0;
let gcCount = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    gcMs += entry.duration;
    gcCount += 1;
  }
}).observe({ entryTypes: ['gc'] });

process.on('message', (message) => {
  if (message === 'start') {
    loop.disable();
    loop = monitorEventLoopDelay({ resolution: 1 });
    loop.enable();
    gcMs = 0;
    gcCount = 0;
    process.send('started');
  } else if (message === 'stop') {
    loop.disable();
    const ms = (ns) => Math.round(ns / 1e4) / 100;
    process.send({
      loopP50: ms(loop.percentile(50)),
      loopP99: ms(loop.percentile(99)),
      loopMax: ms(loop.max),
      gcMs,
      gcCount,
    });
  }
});
