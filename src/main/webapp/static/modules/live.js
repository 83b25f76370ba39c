/*
 * The hub's live events: one EventSource for the whole page. While it is up, the browser reconnects
 * by itself after a dropped connection, sending Last-Event-ID, and the server replays what was
 * missed (or sends `resync` when it no longer can). When the browser gives up (e.g. an HTTP error
 * status while the server restarts), a new stream is opened with back-off, starting after the last
 * event seen. The header's indicator says which of these is going on.
 */

const RETRY_MIN_MS = 3000;
const RETRY_MAX_MS = 30000;
const CONNECTION_LABELS = { live: 'Live', reconnecting: 'Reconnecting…', offline: 'Offline' };

/**
 * Listens to the stream at `url`, starting after event id `since` (the page's own, so nothing
 * between the page and its stream is lost). `handlers` maps event types to functions of the
 * event's parsed data; `indicator` is the element whose data-state and .connection-label show
 * the connection: live, reconnecting or offline.
 */
export function connectLive({ url, since, indicator, handlers }) {
  let lastEventId = since ?? '';
  let retryDelay = RETRY_MIN_MS;

  function setConnection(state) {
    indicator.dataset.state = state;
    indicator.querySelector('.connection-label').textContent = CONNECTION_LABELS[state];
  }

  function connect() {
    const query = lastEventId ? `?since=${encodeURIComponent(lastEventId)}` : '';
    const source = new EventSource(`${url}${query}`);

    source.addEventListener('open', () => {
      retryDelay = RETRY_MIN_MS;
      setConnection('live');
    });
    source.addEventListener('error', () => {
      if (source.readyState === EventSource.CONNECTING) {
        setConnection('reconnecting'); // the browser retries by itself, sending Last-Event-ID
      } else if (source.readyState === EventSource.CLOSED) {
        // The browser gave up: retry ourselves, with back-off.
        setConnection('offline');
        setTimeout(connect, retryDelay);
        retryDelay = Math.min(retryDelay * 2, RETRY_MAX_MS);
      }
    });

    for (const [type, handler] of Object.entries(handlers)) {
      source.addEventListener(type, (event) => {
        if (event.lastEventId) lastEventId = event.lastEventId;
        let payload;
        try {
          payload = event.data ? JSON.parse(event.data) : {};
        } catch {
          console.warn(`Ignoring ${type} event with malformed data`, event.data);
          return;
        }
        handler(payload);
      });
    }
  }

  connect();
}
