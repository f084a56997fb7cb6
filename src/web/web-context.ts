import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Config } from '../config.ts';
import type { Content } from '../core/content/content.ts';
import type { LearnerRepo } from '../core/learners/learner-repo.ts';
import type { Store } from '../core/store.ts';
import type { BriefDeps } from '../features/assist/brief.ts';
import type { BroadcastService } from '../features/broadcasts/service.ts';
import type { HandoffService } from '../features/handoff/service.ts';
import type { AuditLog } from '../features/team/audit-log.ts';
import type { TeamDirectory } from '../features/team/directory.ts';
import type { RolePolicy } from '../features/team/roles.ts';
import type { Viewer } from './access.ts';
import type { LoginCsrf } from './login-csrf.ts';
import type { RateLimiter } from './rate-limit.ts';
import type { Sessions, WebSession } from './sessions.ts';
import type { ViewRenderer } from './sim-views.ts';
import type { Simulator } from './simulator.ts';
import type { ZaloOaBudget } from '../features/broadcasts/plan.ts';
import type { DraftWriter } from '../features/handoff/knowledge-draft.ts';
import type { CertificateService } from '../features/certificates/service.ts';
import type { ExperimentArms } from '../features/experiments/arms.ts';
import type { LearningGainReport } from '../features/lessons/gain-report.ts';

/** The services of the chat app the dashboard pages read and act through (the same store and roles). */
export interface DashboardServices {
  config: Pick<
    Config,
    | 'TIMEZONE'
    | 'CONTENT_DIR'
    | 'PROMPTS_DIR'
    | 'CONTENT_REVIEW_DAYS'
    | 'PUBLIC_URL'
    | 'SESSION_SECRET'
    | 'TRUST_PROXY'
    | 'ZALO_OA_APP_ID'
  >;
  content: Content;
  store: Store;
  clock: () => Date;
  learners: Pick<LearnerRepo, 'get'>;
  policy: RolePolicy;
  directory: Pick<TeamDirectory, 'wards'>;
  audit: Pick<AuditLog, 'record'>;
  /** The question inbox: list, open, act on a question. */
  handoff: Pick<HandoffService, 'list' | 'view' | 'passTargets' | 'claim' | 'close' | 'promote' | 'answer' | 'pass'>;
  /** Compose, preview, send or schedule, follow and cancel broadcasts. */
  broadcasts: Pick<
    BroadcastService,
    'plan' | 'describe' | 'preview' | 'create' | 'schedule' | 'start' | 'list' | 'get' | 'report' | 'message' | 'cancel'
  >;
  /** Knowledge entries, and the search behind the volunteer's brief. */
  answerer: BriefDeps['answerer'];
  /** The model that drafts a volunteer's reply; absent offline. */
  llm?: BriefDeps['llm'];
  /** The Zalo OA's window rules and monthly quota ledger (the overview's quota card). */
  zaloOa: Pick<ZaloOaBudget, 'rules' | 'ledger'>;
  /** Issued certificates and badges (the certificates list page). */
  certificates: Pick<CertificateService, 'list' | 'verify' | 'image'>;
  /** Where knowledge drafts go (better answers proposed from the feedback page). */
  drafts: Pick<DraftWriter, 'write'>;
  /** A/B tests: which exist, which ended, ending one (the experiments page). */
  experiments: Pick<ExperimentArms, 'list' | 'ended' | 'refresh' | 'end'>;
  /** Before, after, review and task-done figures per lesson and ward (the learning-gain page). */
  learningGain: Pick<LearningGainReport, 'report'>;
}

/** What the dashboard is built from: the services it uses, plus what the composition root injects. */
export interface WebDeps {
  app: DashboardServices;
  sessions: Sessions;
  loginCsrf: LoginCsrf;
  loginLimiter: RateLimiter;
  /** Lesson try-outs on a tutor of their own. */
  simulator: Simulator;
  /** The channel adapters' renderers, for the simulator and broadcast previews. */
  renderView: ViewRenderer;
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
