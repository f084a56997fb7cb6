import type { IncomingMessage, ServerResponse } from 'node:http';
import type { App } from '../app/create-app.ts';
import type { Viewer } from './access.ts';
import type { LoginCsrf } from './login-csrf.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Sessions, WebSession } from './sessions.ts';
import type { Simulator } from './simulator.ts';

/** What the dashboard is built from: the same app (store, tutor, roles) as the chat channels. */
export interface WebDeps {
  app: App;
  sessions: Sessions;
  loginCsrf: LoginCsrf;
  loginLimiter: RateLimiter;
  simulator: Simulator;
}

/** One request to a signed-in page; role and ward are checked by each page against `viewer`. */
export interface PageContext {
  deps: WebDeps;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Fields of a form post (empty for GET). */
  form: URLSearchParams;
  session: WebSession;
  viewer: Viewer;
  /** CSRF token to put in every form of the page. */
  csrf: string;
}

export type PageHandler = (ctx: PageContext) => Promise<void>;
