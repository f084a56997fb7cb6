import { HocvusoError } from '../../core/errors.ts';

/** Why the broadcast service refused a request; the chat and the dashboard word each for people. */
export type BroadcastRefusal =
  /** The actor's role does not allow this audience or this broadcast. */
  | 'not_allowed'
  | 'not_found'
  /** Already started, finished or cancelled. */
  | 'bad_state'
  /** Empty or too long text, or an image/link that is not an http(s) URL. */
  | 'bad_content'
  /** A start time in the past or too far ahead. */
  | 'bad_time';

export class BroadcastError extends HocvusoError {
  constructor(
    readonly reason: BroadcastRefusal,
    message: string,
  ) {
    super(`broadcast_${reason}`, message);
  }
}
