import type { Config } from '../config.ts';
import type { Content } from '../core/content/content.ts';
import { fallbackFeature } from '../core/features/fallback.ts';
import { lessonFlowFeature } from '../core/features/lesson-flow.ts';
import { mediaFeature } from '../core/features/media.ts';
import { menuFeature } from '../core/features/menu.ts';
import { onboardingFeature } from '../core/features/onboarding.ts';
import { progressFeature } from '../core/features/progress.ts';
import { stopFeature } from '../core/features/stop.ts';
import { createLearnerRepo, type LearnerRepo } from '../core/learners/learner-repo.ts';
import type { Logger } from '../core/logger.ts';
import { noMetrics, type Metrics } from '../core/metrics.ts';
import type { Feature } from '../core/router/feature.ts';
import { createTutor, type Tutor } from '../core/router/tutor.ts';
import type { Store } from '../core/store.ts';
import { createStatsObserver } from '../core/stats/stats-observer.ts';
import { createAuditLog, type AuditLog } from '../core/team/audit-log.ts';
import type { RolePolicy } from '../core/team/roles.ts';
import { createTeamDirectory, type TeamDirectory } from '../core/team/team-directory.ts';
import { teamFeature } from '../core/team/team-feature.ts';

export interface AppDeps {
  config: Config;
  content: Content;
  store: Store;
  logger: Logger;
  clock?: () => Date;
  /** Prometheus metrics in `serve`/`worker`; a no-op elsewhere. */
  metrics?: Metrics;
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
}

/** The composition root: the only place that decides which features run, in which order. */
export function createApp(deps: AppDeps): App {
  const clock = deps.clock ?? (() => new Date());
  const learners = createLearnerRepo(deps.store);
  const policy: RolePolicy = { adminIds: deps.config.ADMIN_IDS };
  const directory = createTeamDirectory(deps.store);
  const audit = createAuditLog(deps.store);
  const features: Feature[] = [
    stopFeature(),
    teamFeature({ store: deps.store, learners, policy, directory, audit, content: deps.content, clock }),
    onboardingFeature(),
    menuFeature(),
    progressFeature(),
    lessonFlowFeature(),
    mediaFeature(),
    fallbackFeature(),
  ];
  const observers = [createStatsObserver(deps.store, deps.config.TIMEZONE)];
  const tutor = createTutor({ content: deps.content, learners, features, logger: deps.logger, clock, timezone: deps.config.TIMEZONE, observers });
  return { ...deps, clock, metrics: deps.metrics ?? noMetrics, learners, tutor, policy, directory, audit };
}
