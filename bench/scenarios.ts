import { answersScenario } from './answers.bench.ts';
import { floodScenario } from './flood.bench.ts';
import { inboundScenario, memoryScenario } from './inbound.bench.ts';
import type { Scenario } from './lib.ts';
import { remindersScenario } from './reminders.bench.ts';
import { sendingScenario } from './sending.bench.ts';
import { webhookScenario } from './webhook.bench.ts';

/** Every benchmark scenario, in the order `npm run bench` runs them. */
export const scenarios: Record<string, Scenario> = {
  inbound: inboundScenario,
  webhook: webhookScenario,
  sending: sendingScenario,
  reminders: remindersScenario,
  answers: answersScenario,
  memory: memoryScenario,
  flood: floodScenario,
};
