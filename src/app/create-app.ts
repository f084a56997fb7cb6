import type { Config } from '../config.ts';
import { createAnswerer, type Answerer } from '../features/answers/answerer.ts';
import { answersFeature, safetyFeature, scamAlert } from '../features/answers/feature.ts';
import type { LlmClient } from '../features/answers/llm-client.ts';
import type { Content } from '../core/content/content.ts';
import { createBroadcastActions } from '../features/broadcasts/actions.ts';
import { broadcastFeature } from '../features/broadcasts/feature.ts';
import { createBroadcastService, type BroadcastService } from '../features/broadcasts/service.ts';
import { BROADCAST_KIND, NOTICE_KIND } from '../features/broadcasts/broadcast.ts';
import { clockFeature } from '../features/general/clock.ts';
import { choiceRangeFeature } from '../features/general/choice-range.ts';
import { fallbackFeature } from '../features/general/fallback.ts';
import { ConfigError } from '../core/errors.ts';
import { feedbackFeature } from '../features/feedback/feature.ts';
import { explainFeature } from '../features/explain/feature.ts';
import { createAnswerRating } from '../features/feedback/rating.ts';
import { createExperimentArms, type ExperimentArms, withFreshArms } from '../features/experiments/arms.ts';
import { withArmVotes } from '../features/experiments/answer-votes.ts';
import { createExperimentObserver } from '../features/experiments/observer.ts';
import { withExperimentPins } from '../features/experiments/pin-feature.ts';
import { createFeedbackService, type FeedbackService } from '../features/feedback/service.ts';
import { handoffFeature } from '../features/handoff/feature.ts';
import { parseHours } from '../features/handoff/hours.ts';
import { createHandoffService, type HandoffService } from '../features/handoff/service.ts';
import type { DraftWriter } from '../features/handoff/knowledge-draft.ts';
import { DEFAULT_DRAFT_SOURCE, tutorSummary } from '../features/handoff/tutor-summary.ts';
import { createFileDraftWriter } from '../content/knowledge-drafts.ts';
import { lessonFlowFeature } from '../features/lessons/lesson-flow.ts';
import { createGainObserver } from '../features/lessons/gain-observer.ts';
import { createLearningGainReport, type LearningGainReport } from '../features/lessons/gain-report.ts';
import { createGainRecorder } from '../features/lessons/gain-store.ts';
import { withAwards } from '../features/certificates/awards.ts';
import { certificateConfirmFeature, certificateFeature } from '../features/certificates/feature.ts';
import { loadTemplates } from '../features/certificates/render.ts';
import { createCertificateRepo } from '../features/certificates/repo.ts';
import { type CertificateService, createCertificateService } from '../features/certificates/service.ts';
import { randomBytes } from 'node:crypto';
import { mediaFeature } from '../features/general/media.ts';
import { menuFeature } from '../features/lessons/menu.ts';
import { onboardingFeature } from '../features/onboarding/feature.ts';
import { progressFeature } from '../features/lessons/progress.ts';
import { smallTalkFeature } from '../features/general/small-talk.ts';
import { stopFeature } from '../features/general/stop.ts';
import { createLearnerRepo, type LearnerRepo } from '../core/learners/learner-repo.ts';
import { createOutboundHandlers, type OutboundHandlers, type OutboundQueue } from '../core/outbound/outbound-job.ts';
import { reminderFeature } from '../features/reminders/feature.ts';
import { createReminderService, type ReminderService } from '../features/reminders/service.ts';
import type { Logger } from '../core/logger.ts';
import { noMetrics, type Metrics } from '../core/metrics.ts';
import type { Feature } from '../core/router/feature.ts';
import { createTutor, type Tutor } from '../core/router/tutor.ts';
import { createRecentMessages } from '../core/learners/recent-messages.ts';
import { keepingRecent } from './recent-tutor.ts';
import { volunteerBrief } from '../features/assist/brief.ts';
import { briefReply } from '../features/assist/chat-brief.ts';
import type { Store } from '../core/store.ts';
import { createStatsObserver } from '../core/stats/stats-observer.ts';
import { createAuditLog, type AuditLog } from '../features/team/audit-log.ts';
import type { RolePolicy } from '../features/team/roles.ts';
import { createTeamDirectory, type TeamDirectory } from '../features/team/directory.ts';
import { teamFeature } from '../features/team/feature.ts';
import { webLoginFeature } from '../features/team/web-login-feature.ts';
import { createMemoryOutbound } from '../queue/memory-outbound.ts';
import { createLlm } from './create-llm.ts';
import { zaloOaRules } from '../config.ts';
import { zaloOaLedger } from '../channels/zalo/create-zalo-channels.ts';
import { renderOa } from '../channels/zalo/oa/render-oa.ts';
import { createReplyWindows } from '../core/learners/reply-window.ts';
import type { ZaloOaBudget } from '../features/broadcasts/plan.ts';

export interface AppDeps {
  config: Config;
  content: Content;
  store: Store;
  logger: Logger;
  clock?: () => Date;
  /** Prometheus metrics in `serve`/`worker`; a no-op elsewhere. */
  metrics?: Metrics;
  /** The outbound queue for proactive messages; in-process when omitted. */
  outbound?: OutboundQueue;
  /** The LLM for answers and voice; built from the OPENAI_* settings when omitted (none without a key). */
  llm?: LlmClient;
  /** Where knowledge drafts from team answers go; the KNOWLEDGE_DRAFTS_DIR folder when omitted. */
  drafts?: DraftWriter;
}

/** Everything a process needs, wired once. Channels and workers are added by the commands. */
export interface App extends AppDeps {
  learners: LearnerRepo;
  tutor: Tutor;
  clock: () => Date;
  metrics: Metrics;
  /** Admins from ADMIN_IDS; team members come from invites. */
  policy: RolePolicy;
  directory: TeamDirectory;
  audit: AuditLog;
  /** Every proactive message (reminders, broadcasts, handoff) goes through this queue. */
  outbound: OutboundQueue;
  /** Renderers of outbound jobs by kind; later features register theirs here. */
  outboundHandlers: OutboundHandlers;
  reminders: ReminderService;
  /** Answers free-form questions (also used by `hocvuso ask` and `eval`). */
  answerer: Answerer;
  /** Questions handed to the ward teams (chat features and the dashboard). */
  handoff: HandoffService;
  /** Campaign broadcasts of team members and admins (the chat's "/guitin" and the dashboard). */
  broadcasts: BroadcastService;
  /** The Zalo OA's rules, free-reply windows and monthly quota (the same store keys the OA channel spends). */
  zaloOa: ZaloOaBudget;
  /** Course certificates and lesson badges: issued in chat, verified on `/verify`, listed on the dashboard. */
  certificates: CertificateService;
  /** 👍/👎 on answers (the chat's rating buttons and the dashboard's feedback page). */
  feedback: FeedbackService;
  /** Where knowledge drafts go (team answers, better answers proposed from the feedback page). */
  drafts: DraftWriter;
  /** A/B tests of the flow files: each learner's arm, and ending a test (the experiments page). */
  experiments: ExperimentArms;
  /** Learning gain per lesson and ward (the dashboard's page; recorded by an observer of learners). */
  learningGain: LearningGainReport;
}

/** The composition root: the only place that decides which features run, in which order. */
export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? (() => new Date());
  const learners = createLearnerRepo(deps.store);
  const recent = createRecentMessages(deps.store);
  const policy: RolePolicy = { adminIds: deps.config.ADMIN_IDS };
  const directory = createTeamDirectory(deps.store);
  const audit = createAuditLog(deps.store);
  const outbound = deps.outbound ?? createMemoryOutbound({ logger: deps.logger });
  const oaRules = zaloOaRules(deps.config);
  const zaloOa: ZaloOaBudget = {
    rules: oaRules,
    windows: createReplyWindows(deps.store, oaRules),
    ledger: zaloOaLedger(deps.store, deps.config),
    messagesFor: (parts) => renderOa(parts).length,
  };
  const reminders = createReminderService({
    store: deps.store,
    learners,
    content: deps.content,
    queue: outbound,
    logger: deps.logger,
    defaultTimezone: deps.config.TIMEZONE,
    zaloOa: { windows: zaloOa.windows, useQuota: deps.config.ZALO_OA_REMINDERS_USE_QUOTA === 'on' },
  });
  const outboundHandlers = createOutboundHandlers();
  outboundHandlers.register('reminder', reminders.handler);
  const metrics = deps.metrics ?? noMetrics;
  const llm = deps.llm ?? createLlm(deps.config, metrics);
  const answerer = createAnswerer({
    content: deps.content,
    llm,
    logger: deps.logger,
    safetyCheck: deps.config.OPENAI_SAFETY_CHECK,
    safetyTimeoutMs: deps.config.OPENAI_SAFETY_TIMEOUT_MS,
  });
  const feedback = createFeedbackService({ store: deps.store, timezone: deps.config.TIMEZONE });
  const experiments = createExperimentArms({ content: deps.content, store: deps.store, clock });
  const armVotes = withArmVotes(createAnswerRating(feedback), feedback, experiments, deps.store);
  const answered = {
    answered: (kind: string) => metrics.answerGiven(kind),
    rating: armVotes.rating,
    learners,
    reachable: (learner: Parameters<HandoffService['reachable']>[0]) => handoff.reachable(learner, false),
  };
  const hours = parseHours(deps.config.HANDOFF_HOURS, deps.config.TIMEZONE);
  if (!hours)
    throw new ConfigError(`HANDOFF_HOURS: "${deps.config.HANDOFF_HOURS}" is not a range of the day like 07:30-21:00`);
  const drafts = deps.drafts ?? createFileDraftWriter(deps.config.KNOWLEDGE_DRAFTS_DIR);
  const handoff = createHandoffService({
    store: deps.store,
    learners,
    policy,
    directory,
    audit,
    queue: outbound,
    hours,
    drafts,
    draftSource: DEFAULT_DRAFT_SOURCE,
    logger: deps.logger,
    wardNames: deps.content.wardName,
    recent,
  });
  outboundHandlers.register('handoff', handoff.handler);
  const broadcasts = createBroadcastService({
    store: deps.store,
    learners,
    content: deps.content,
    policy,
    audit,
    queue: outbound,
    logger: deps.logger,
    pageSize: deps.config.BROADCAST_PAGE_SIZE,
    zaloOa,
  });
  outboundHandlers.register(BROADCAST_KIND, broadcasts.handlers.broadcast);
  outboundHandlers.register(NOTICE_KIND, broadcasts.handlers.notice);
  const broadcastActions = createBroadcastActions({ broadcasts, learners, clock, timezone: deps.config.TIMEZONE });
  const publicUrl = deps.config.PUBLIC_URL?.replace(/\/+$/, '');
  const certificates = createCertificateService({
    repo: createCertificateRepo(deps.store),
    content: deps.content,
    templates: loadTemplates(deps.config.CONTENT_DIR),
    secret: deps.config.CERTIFICATE_SECRET ?? deps.config.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    timezone: deps.config.TIMEZONE,
    verifyBase: publicUrl ?? `http://localhost:${deps.config.PORT}`,
    ...(publicUrl ? { publicUrl } : {}),
    clock,
  });
  const features: Feature[] = [
    // A bare "dung" confirming the name on a certificate means "đúng", not "dừng".
    certificateConfirmFeature(certificates),
    stopFeature(),
    // Before the team commands: a message being written ("Mời bà con…") must not be read as "/moi".
    broadcastFeature({
      broadcasts,
      actions: broadcastActions,
      policy,
      content: deps.content,
      timezone: deps.config.TIMEZONE,
    }),
    teamFeature({ store: deps.store, learners, policy, directory, audit, content: deps.content, clock }),
    webLoginFeature({
      store: deps.store,
      policy,
      audit,
      clock,
      baseUrl: (deps.config.PUBLIC_URL ?? `http://localhost:${deps.config.PORT}`).replace(/\/+$/, ''),
    }),
    handoffFeature({
      service: handoff,
      learners,
      policy,
      hours,
      tutorAnswer: (q, l) => tutorSummary(answerer.draft(q, { learner: l }).answer),
      brief: async (view, member) => {
        const brief = await volunteerBrief(
          { store: deps.store, answerer, content: deps.content, ...(llm ? { llm } : {}) },
          view,
        );
        return briefReply(brief, view, member);
      },
    }),
    feedbackFeature({ service: armVotes.feedback, learners }),
    safetyFeature(answerer, answered),
    certificateFeature(certificates),
    onboardingFeature(),
    explainFeature({ reachable: answered.reachable, learners, feedback: armVotes.feedback }),
    menuFeature(),
    progressFeature(),
    reminderFeature({ reminders, defaultTimezone: deps.config.TIMEZONE }),
    withAwards(withExperimentPins(lessonFlowFeature(), experiments), certificates, deps.content),
    choiceRangeFeature(),
    clockFeature({ defaultTimezone: deps.config.TIMEZONE }),
    smallTalkFeature(),
    answersFeature(answerer, answered),
    mediaFeature(),
    fallbackFeature(),
  ];
  const observers = [
    createStatsObserver(deps.store, deps.config.TIMEZONE),
    createExperimentObserver(deps.store, experiments),
    createGainObserver(createGainRecorder(deps.store)),
  ];
  const learningGain = createLearningGainReport(deps.store, deps.content);
  const tutor = keepingRecent(
    createTutor({
      content: deps.content,
      learners,
      features,
      logger: deps.logger,
      clock,
      timezone: deps.config.TIMEZONE,
      observers,
      alert: scamAlert(answerer),
      contentFor: experiments.contentFor,
    }),
    recent,
    clock,
    deps.logger,
  );
  return {
    ...deps,
    clock,
    metrics,
    learners,
    tutor: withFreshArms(tutor, experiments),
    policy,
    directory,
    audit,
    outbound,
    outboundHandlers,
    reminders,
    answerer,
    handoff,
    broadcasts,
    zaloOa,
    certificates,
    feedback,
    drafts,
    experiments,
    learningGain,
    ...(llm ? { llm } : {}),
  };
}
