import { ALL_WARDS, UNKNOWN_WARD } from '../core/stats/stats-keys.ts';
import { wardLabelOf } from '../features/onboarding/ward.ts';
import type { Content } from '../core/content/content.ts';
import type { Viewer } from './access.ts';

/**
 * The name of a ward as the dashboard shows it: the viewer's own ward keeps the label of their
 * invite; others take their name from `wards.yaml`, or from the code.
 */
export function wardLabel(code: string, viewer?: Viewer, content?: Pick<Content, 'wardName'>): string {
  if (code === ALL_WARDS) return 'Tất cả phường, xã';
  if (code === UNKNOWN_WARD) return 'Chưa rõ phường, xã';
  const team = viewer?.learner.team;
  if (team && team.wardCode === code) return team.wardLabel;
  return wardLabelOf(code, content);
}
