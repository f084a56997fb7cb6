import { inboundScenario } from './inbound.bench.ts';
import type { Scenario } from './lib.ts';

/** Every benchmark scenario, in the order `npm run bench` runs them. */
export const scenarios: Record<string, Scenario> = {
  inbound: inboundScenario,
};
