import { html, type SafeHtml } from './html.ts';

/** A message shown above a page after an action: what was done, or why it was not. */
export interface Notice {
  ok: boolean;
  text: SafeHtml | string;
}

export const noticeHtml = (n: Notice | undefined): SafeHtml =>
  n ? html`<p class="flash ${n.ok ? 'ok' : 'bad'}" role="${n.ok ? 'status' : 'alert'}">${n.text}</p>` : html``;
