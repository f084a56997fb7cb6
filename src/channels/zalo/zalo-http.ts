import { TransientChannelError } from '../../core/errors.ts';
import { parseZaloJson } from './parse-json.ts';

/** What came back from a Zalo endpoint: the status and the parsed JSON body (undefined when not JSON). */
export interface ZaloResponse {
  status: number;
  headers: Headers;
  body: unknown;
}

export interface ZaloRequest {
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | URLSearchParams;
  /** Gives up after this long (a `TransientChannelError`). */
  timeoutMs: number;
  /** Aborted on shutdown; the abort error is rethrown as is. */
  signal?: AbortSignal;
}

/** One HTTP call to Zalo. Network failures and timeouts become {@link TransientChannelError}. */
export async function zaloFetch(url: string, request: ZaloRequest, label: string): Promise<ZaloResponse> {
  const timeout = AbortSignal.timeout(request.timeoutMs);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  try {
    const res = await fetch(url, {
      method: request.method ?? 'POST',
      ...(request.headers ? { headers: request.headers } : {}),
      ...(request.body !== undefined ? { body: request.body } : {}),
      signal,
    });
    const text = await res.text();
    return { status: res.status, headers: res.headers, body: parseZaloJson(text) };
  } catch (error) {
    if (request.signal?.aborted) throw error;
    throw new TransientChannelError(`${label}: ${timeout.aborted ? 'timed out' : (error as Error).message}`, {
      cause: error,
    });
  }
}
