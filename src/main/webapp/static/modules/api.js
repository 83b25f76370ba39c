/*
 * Calls to Hubs' REST API from the pages: JSON in, JSON out, never cached by the browser. A refusal
 * rejects with an ApiError carrying the HTTP status and the server's problem+json document, whose
 * `errors` name the fields that are wrong and why.
 */

/** A refused API call; `problem` is the server's problem+json document, when it sent one. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem?.detail ?? problem?.title ?? `the server answered ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

async function problemOf(response) {
  if (!/json/.test(response.headers.get('Content-Type') ?? '')) return null;
  try {
    return await response.json();
  } catch {
    return null;
  }
}

/**
 * Sends `body` (if not undefined) as JSON; resolves to the parsed JSON answer, or null when there
 * is none (e.g. 204). `signal` (optional) aborts the request, e.g. AbortSignal.timeout(ms).
 */
export async function apiRequest(method, path, body, { signal } = {}) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
    cache: 'no-store',
    signal,
  });
  if (!response.ok) throw new ApiError(response.status, await problemOf(response));
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}
