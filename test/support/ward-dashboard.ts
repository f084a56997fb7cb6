import { afterEach } from 'vitest';
import type { App } from '../../src/app/create-app.ts';
import type { Store } from '../../src/core/store.ts';
import { ADMIN, env, joinTeam } from '../web/support/team.ts';
import { redisAvailable } from './redis.ts';
import { bothStores, type StoreKind } from './stores.ts';
import { chatter, manualClock, testApp } from './test-app.ts';

/** The team member of Phường Yên Hòa who reads the ward's dashboard pages. */
export const MEMBER = 'zalo:member-yh';
export const YH = 'Phường Yên Hòa';
export const BT = 'Xã Bát Tràng';
export { ADMIN, env };

/** Both stores for `describe.each`, Redis (under `label`) only where a test Redis answers. */
export async function dashboardStores(label: string): Promise<StoreKind[]> {
  return bothStores(label, await redisAvailable());
}

/** What closes after each test of the enclosing `describe`, newest first (servers, stores). */
export function cleanupsAfterEach(): Array<() => Promise<void>> {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    while (cleanups.length) await cleanups.pop()!();
  });
  return cleanups;
}

/** How a test makes its app; the repository's content by default. */
export type MakeApp = (store: Store, clock: () => Date) => App | Promise<App>;

/**
 * An app on a freshly opened store (closed by `cleanups`), its clock at `start`, and `MEMBER`
 * joined to Phường Yên Hòa's team by the admin's invite, as the dashboard tests begin.
 */
export async function wardTeamApp(
  open: StoreKind[2],
  cleanups: Array<() => Promise<void>>,
  options: { start?: string; make?: MakeApp } = {},
) {
  const { store, cleanup } = open();
  cleanups.push(cleanup);
  const clock = manualClock(options.start);
  const make = options.make ?? ((s: Store, now: () => Date) => testApp({ env, store: s, clock: now }));
  const app = await make(store, clock.now);
  await joinTeam(app, MEMBER, 'phuong-yen-hoa');
  return { app, clock };
}

/** A new learner's first messages: a greeting, "bác", then `ward` and any `more` lines. */
export async function greetIn(app: App, id: string, ward: string, ...more: string[]) {
  const chat = chatter(app, id);
  for (const line of ['xin chao', 'bác', ward, ...more]) await chat.say(line);
  return chat;
}

/** A row of a dashboard CSV export found by its lesson id (2nd column), as column → value. */
export function csvRow(csv: string, lessonId: string): Record<string, string> {
  const [head, ...rows] = csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\n');
  const cells = rows.find((r) => r.split(',')[1] === lessonId)!.split(',');
  return Object.fromEntries(head!.split(',').map((h, i) => [h, cells[i]!]));
}
