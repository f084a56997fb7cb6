// Preloaded into a bot process by bench/command-cost.ts (`node --expose-gc --import <this file>`):
// on "start" it forces a full GC and starts V8's GC profiler; on "stop" it forces another and
// reports what was allocated in between and what each scavenge kept. Plain JavaScript, so any
// build (ours or a baseline commit's dist/) can load it.
import v8 from 'node:v8';

let profiler;
let startUsed = 0;
const used = () => v8.getHeapStatistics().used_heap_size;
const space = (stats, name) => stats.heapSpaceStatistics.find((s) => s.spaceName === name)?.spaceUsedSize ?? 0;

process.on('message', (message) => {
  if (message === 'start') {
    globalThis.gc();
    profiler = new v8.GCProfiler();
    profiler.start();
    startUsed = used();
    process.send({ started: true });
  } else if (message === 'stop') {
    globalThis.gc();
    const endUsed = used();
    const { statistics } = profiler.stop();
    let freed = 0;
    let scavenges = 0;
    let survived = 0;
    let promoted = 0;
    let scavengeMs = 0;
    for (const event of statistics) {
      const before = event.beforeGC.heapStatistics.usedHeapSize;
      const after = event.afterGC.heapStatistics.usedHeapSize;
      if (before > after) freed += before - after;
      if (event.gcType === 'Scavenge') {
        scavenges += 1;
        scavengeMs += event.cost / 1000;
        survived += space(event.afterGC, 'new_space');
        promoted += Math.max(0, space(event.afterGC, 'old_space') - space(event.beforeGC, 'old_space'));
      }
    }
    process.send({
      allocated: freed + endUsed - startUsed,
      retained: endUsed - startUsed,
      scavenges,
      survived,
      promoted,
      scavengeMs,
    });
  }
});
