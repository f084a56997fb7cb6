import type { IncomingMessage, ServerResponse } from 'node:http';
import { StoreError } from '../core/errors.ts';
import type { HttpRoute } from '../server/http-server.ts';
import { viewerOf } from './access.ts';
import { broadcastCancel, broadcastPage } from '../features/broadcasts/web/page.ts';
import { composeEdit, composePage, composePreview, composeSend } from '../features/broadcasts/web/compose.ts';
import { broadcastsPage } from '../features/broadcasts/web/list-page.ts';
import { contentPage } from '../content/web/content-page.ts';
import { badForm, notFound, notSignedIn } from './error-pages.ts';
import { feedbackCsvPage, feedbackPage } from '../features/feedback/web/feedback-page.ts';
import { proposeBetterAnswer } from '../features/feedback/web/propose.ts';
import { experimentsCsvPage, experimentsPage } from '../features/experiments/web/experiments-page.ts';
import { endExperiment } from '../features/experiments/web/end-action.ts';
import { funnelPage } from '../features/lessons/web/funnel-page.ts';
import { gainCsvPage, gainPage } from '../features/lessons/web/gain-page.ts';
import { certificatesPage } from '../features/certificates/web/list-page.ts';
import { readForm, redirect, sendFile, sendHtml, urlOf } from './http-io.ts';
import { messagePage } from './layout.ts';
import { createLoginCsrf } from './login-csrf.ts';
import { login, loginPage } from './login-routes.ts';
import { overviewCsv, overviewPage } from '../features/team/web/overview-page.ts';
import { questionActions } from '../features/handoff/web/question-actions.ts';
import { questionPage } from '../features/handoff/web/question-page.ts';
import { questionsPage } from '../features/handoff/web/questions-page.ts';
import { createRateLimiter } from './rate-limit.ts';
import { SCRIPT } from './script.ts';
import { createSessions } from './sessions.ts';
import { createSigner, sessionSecret } from './signing.ts';
import { simulatorPage, simulatorSend, simulatorStart } from './sim-page.ts';
import type { ViewRenderer } from './sim-views.ts';
import type { Simulator } from './simulator.ts';
import { STYLES } from './styles.ts';
import type { DashboardServices, PageContext, PageHandler, WebDeps } from './web-context.ts';

/** What only the composition root can build: a tutor for try-outs and the channels' renderers. */
export interface WebParts {
  simulator: Simulator;
  renderView: ViewRenderer;
}

export interface WebOptions {
  /** Defaults to SESSION_SECRET, else random per process. */
  secret?: string;
  /** Login attempts per client address and window; default 10 per 15 minutes. */
  loginLimit?: number;
  loginWindowMs?: number;
}

const GET: Record<string, PageHandler> = {
  '/admin/overview': overviewPage,
  '/admin/overview.csv': overviewCsv,
  '/admin/funnel': funnelPage,
  '/admin/gain': gainPage,
  '/admin/gain.csv': gainCsvPage,
  '/admin/certificates': certificatesPage,
  '/admin/feedback': feedbackPage,
  '/admin/feedback.csv': feedbackCsvPage,
  '/admin/experiments': experimentsPage,
  '/admin/experiments.csv': experimentsCsvPage,
  '/admin/content': contentPage,
  '/admin/simulator': simulatorPage,
  '/admin/questions': questionsPage,
  '/admin/questions/view': questionPage,
  '/admin/broadcasts': broadcastsPage,
  '/admin/broadcasts/new': composePage,
  '/admin/broadcasts/view': (ctx) => broadcastPage(ctx),
};

const logout: PageHandler = async (ctx) => {
  const cleared = await ctx.deps.sessions.destroy(ctx.session);
  redirect(ctx.res, '/admin/login', [cleared]);
};

const POST: Record<string, PageHandler> = {
  '/admin/logout': logout,
  '/admin/simulator/start': simulatorStart,
  '/admin/simulator/send': simulatorSend,
  ...questionActions,
  '/admin/feedback/propose': proposeBetterAnswer,
  '/admin/experiments/end': endExperiment,
  '/admin/broadcasts/preview': composePreview,
  '/admin/broadcasts/edit': composeEdit,
  '/admin/broadcasts/send': composeSend,
  '/admin/broadcasts/cancel': broadcastCancel,
};

export function createWebDeps(app: DashboardServices, parts: WebParts, options: WebOptions = {}): WebDeps {
  const signer = createSigner(options.secret ?? sessionSecret(app.config.SESSION_SECRET));
  const secure = app.config.PUBLIC_URL?.startsWith('https:') ?? false;
  return {
    app,
    sessions: createSessions({ store: app.store, signer, clock: app.clock, secure }),
    loginCsrf: createLoginCsrf(signer, secure),
    loginLimiter: createRateLimiter({
      store: app.store,
      clock: app.clock,
      name: 'web:login-rate',
      limit: options.loginLimit ?? 10,
      windowMs: options.loginWindowMs ?? 15 * 60_000,
    }),
    ...parts,
  };
}

/** Runs a signed-in page: session, then role (the learner record as it is now), then CSRF for posts. */
async function signedIn(
  deps: WebDeps,
  handler: PageHandler,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
): Promise<void> {
  const session = await deps.sessions.read(req.headers.cookie);
  const viewer = session ? viewerOf(await deps.app.learners.get(session.learnerId), deps.app.policy) : undefined;
  if (!session || !viewer) return notSignedIn(res);
  const form = req.method === 'POST' ? readForm(body) : new URLSearchParams();
  if (req.method === 'POST' && !deps.sessions.checkCsrf(session, form.get('_csrf') ?? undefined)) return badForm(res);
  const ctx: PageContext = {
    deps,
    req,
    res,
    url: urlOf(req),
    form,
    session,
    viewer,
    csrf: deps.sessions.csrfToken(session),
  };
  await handler(ctx);
}

/** A store outage becomes a polite "try again" page; anything else goes on to the server's error handling. */
async function politely(res: ServerResponse, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof StoreError) || res.headersSent) throw error;
    sendHtml(
      res,
      503,
      messagePage(
        { title: 'Hệ thống đang bận' },
        'Hệ thống đang bận',
        'Xin lỗi, hệ thống đang bận một chút. Vui lòng thử lại sau ít phút.',
      ),
    );
  }
}

/** The dashboard under `/admin`, as routes of the one HTTP server of `serve`. */
export function createWebRoutes(app: DashboardServices, parts: WebParts, options: WebOptions = {}): HttpRoute[] {
  const deps = createWebDeps(app, parts, options);
  return [
    {
      method: 'GET',
      path: '/admin*',
      handle: (req, res, body) =>
        politely(res, async () => {
          const path = urlOf(req).pathname;
          if (path === '/admin/assets/app.css')
            return sendFile(res, 'text/css; charset=utf-8', STYLES, { cache: true });
          if (path === '/admin/assets/app.js')
            return sendFile(res, 'text/javascript; charset=utf-8', SCRIPT, { cache: true });
          if (path === '/admin/login') return loginPage(deps, req, res);
          if (path === '/admin' || path === '/admin/') return redirect(res, '/admin/overview');
          const handler = GET[path];
          if (!handler) return notFound(res);
          return signedIn(deps, handler, req, res, body);
        }),
    },
    {
      method: 'POST',
      path: '/admin*',
      handle: (req, res, body) =>
        politely(res, async () => {
          const path = urlOf(req).pathname;
          if (path === '/admin/login') return login(deps, req, res, body);
          const handler = POST[path];
          if (!handler) return notFound(res);
          return signedIn(deps, handler, req, res, body);
        }),
    },
  ];
}
