import type { OutboundPart, Reply } from '../core/message.ts';

/** The chat apps the simulator imitates, each through its real adapter's renderer. */
export const SIM_VIEWS = [
  { key: 'telegram', label: 'Telegram' },
  { key: 'zalooa', label: 'Zalo OA' },
  { key: 'zalobot', label: 'Zalo Bot' },
  { key: 'console', label: 'Dòng lệnh' },
] as const;
export type SimView = (typeof SIM_VIEWS)[number]['key'];

export const isSimView = (v: string | null): v is SimView => SIM_VIEWS.some((s) => s.key === v);

/** What pressing a button sends back: a payload (real buttons), typed text (numbered options), or a web link. */
export type SimAction = { payload: string } | { text: string } | { url: string };
export interface SimButton {
  label: string;
  action: SimAction;
}

/** One message bubble as the app would show it. */
export interface Bubble {
  text?: string;
  image?: string;
  link?: { url: string; title: string };
  file?: string;
  buttons: SimButton[];
  /** Numbered options: small "1 2 3" keys that type the number, as a person would. */
  numbers?: boolean;
}

/** A bubble list plus the persistent keyboard under the input (Telegram's main keyboard). */
export interface Rendered {
  bubbles: Bubble[];
  keyboard?: string[];
}

/** Keys typing the numbers of a part's options (from `first`: an answer above a returning lesson step). */
export const numberKeys = (count: number, first = 1): SimButton[] =>
  Array.from({ length: count }, (_, i) => ({ label: String(first + i), action: { text: String(first + i) } }));
export const firstNumber = (part: OutboundPart): number => (part.type === 'choices' ? (part.first ?? 1) : 1);
export const optionCount = (part: OutboundPart) =>
  part.type === 'choices' ? part.choices.length : part.type === 'quiz' ? part.options.length : 0;

/**
 * Draws the tutor's reply the way the chosen app's adapter would send it. The channel adapters'
 * renderers live with the channels; the composition root injects this into the dashboard.
 */
export type ViewRenderer = (parts: Reply, view: SimView) => Rendered;
