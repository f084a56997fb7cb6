// Preloaded into a bot process by bench/gc-pauses.ts (`node --import <this file>`): records every
// GC pause (its kind, when it started on the wall clock and how long it stopped JavaScript) and,
// asked "take" over IPC, sends and forgets them with the heap's size ({snapshot: path} writes a
// heap snapshot there). Plain JavaScript, so any
// build (ours or a baseline commit's dist/) can load it.
import { constants, PerformanceObserver, performance } from 'node:perf_hooks';
import v8 from 'node:v8';

const KINDS = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: 'scavenge',
  [constants.NODE_PERFORMANCE_GC_MAJOR]: 'mark-compact',
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: 'incremental marking',
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: 'weak callbacks',
};
const pauses = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    pauses.push({
      kind: KINDS[entry.detail?.kind] ?? `kind ${entry.detail?.kind}`,
      start: performance.timeOrigin + entry.startTime,
      ms: entry.duration,
    });
}).observe({ entryTypes: ['gc'] });

process.on('message', (message) => {
  if (typeof message === 'object' && message.snapshot) {
    process.send({ written: v8.writeHeapSnapshot(message.snapshot) });
    return;
  }
  if (message !== 'take') return;
  const heap = v8.getHeapStatistics();
  const old = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'old_space');
  process.send({
    pauses: pauses.splice(0),
    heapUsedMiB: heap.used_heap_size / 2 ** 20,
    oldSpaceMiB: (old?.space_used_size ?? 0) / 2 ** 20,
  });
});
