// The evaluator device at a window: follows its window's screen live — idle, the staff member serving,
// the rating buttons after completion, thanks — and submits the rating. The screen comes as server-sent
// events read with fetch (EventSource cannot send the device's bearer token); while that stream is down
// the page polls the screen and keeps trying to reconnect.
(() => {
  const root = document.getElementById('evaluator');
  if (!root) return;
  const KEY = 'sw.evaluator.token';
  const POLL_MS = 1500;
  const RETRY_MS = 3000;
  const SILENT_MS = 45000; // the server sends a keep-alive every 20 s
  const $ = (sel) => root.querySelector(sel);
  const $$ = (sel) => Array.from(root.querySelectorAll(sel));
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (hash.get('token')) {
    localStorage.setItem(KEY, hash.get('token'));
    history.replaceState(null, '', location.pathname);
  }
  let device = localStorage.getItem(KEY);
  let shown = null;
  let version = -1;
  let rating = null; // {token, shownAt, gap}
  let level = null;
  let busy = false;
  let thanksUntil = 0;
  let latest = null;
  let live = false;
  let pollTimer = null;
  let stream = null; // {controller, lastData}

  const show = (name) => {
    if (shown === name) return;
    shown = name;
    $$('[data-screen]').forEach((s) => { s.hidden = s.dataset.screen !== name; });
  };

  const clock = () => {
    const el = $('[data-clock]');
    if (el) el.textContent = new Date().toLocaleTimeString('zh-CN', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Shanghai' });
  };

  const resetRating = () => {
    level = null;
    $$('[data-level]').forEach((b) => b.setAttribute('aria-pressed', 'false'));
    $$('[data-reason]').forEach((b) => b.setAttribute('aria-pressed', 'false'));
    $('[data-reasons]').hidden = true;
    $('[data-comment]').value = '';
    $('[data-error]').textContent = '';
    $('[data-submit]').disabled = true;
  };

  const render = (s) => {
    latest = s;
    if (s.windowName) $('[data-window-name]').textContent = s.windowName;
    if (Date.now() < thanksUntil) return;
    if (s.screen === 'RATING' && s.token) {
      if (!rating || rating.token !== s.token) {
        rating = { token: s.token, shownAt: Date.now(), gap: s.minimumGapMillis || 0 };
        resetRating();
      }
      show('RATING');
      return;
    }
    rating = null;
    if (s.screen === 'SERVING' && s.staff) {
      $('[data-staff-name]').textContent = s.staff.name;
      $('[data-staff-number]').textContent = s.staff.staffNumber;
      $('[data-staff-post]').textContent = s.staff.post || '';
      const photo = $('[data-staff-photo]');
      if (photo.getAttribute('src') !== s.staff.photoUrl) photo.setAttribute('src', s.staff.photoUrl);
      $('[data-ticket-number]').textContent = s.ticketNumber || '';
      $('[data-ticket-number]').hidden = !s.ticketNumber;
      $('[data-service-name]').textContent = s.serviceName || '';
      show('SERVING');
      return;
    }
    show('IDLE');
  };

  const forget = () => {
    localStorage.removeItem(KEY);
    device = null;
    show('SETUP');
  };

  const setLive = (on) => {
    live = on;
    root.dataset.live = String(on);
    if (on && pollTimer) { clearInterval(pollTimer); pollTimer = null; }
    if (!on && !pollTimer && device) pollTimer = setInterval(poll, POLL_MS);
  };

  const handle = (block) => {
    let name = 'message';
    const data = [];
    block.split('\n').forEach((line) => {
      if (line.startsWith('event:')) name = line.slice(6).trim();
      else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
    });
    if (name === 'screen' && data.length) render(JSON.parse(data.join('\n')));
  };

  const connect = async () => {
    if (!device || stream) return;
    const controller = new AbortController();
    stream = { controller, lastData: Date.now() };
    try {
      const r = await fetch(root.dataset.eventsUrl, {
        headers: { Authorization: 'Bearer ' + device, Accept: 'text/event-stream' },
        cache: 'no-store',
        signal: controller.signal,
      });
      if (r.status === 401 || r.status === 403) { stream = null; forget(); return; }
      if (!r.ok || !r.body) throw new Error('no stream');
      setLive(true);
      const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        stream.lastData = Date.now();
        buffer += value.replace(/\r/g, '');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          handle(buffer.slice(0, end));
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      // the stream dropped (offline, node restarted): poll meanwhile and reconnect
    }
    stream = null;
    if (!device) return;
    setLive(false);
    setTimeout(connect, RETRY_MS);
  };

  const poll = async () => {
    if (!device) { show('SETUP'); return; }
    try {
      const r = await fetch(root.dataset.screenUrl, { headers: { Authorization: 'Bearer ' + device, Accept: 'application/json' } });
      if (r.status === 401 || r.status === 403) {
        forget();
        return;
      }
      if (!r.ok) return;
      const s = await r.json();
      version = s.version;
      render(s);
    } catch (e) {
      // offline for a moment: keep the current screen, try again on the next tick
    }
  };

  const updateSubmit = () => {
    const wait = rating ? rating.shownAt + rating.gap - Date.now() : 0;
    $('[data-submit]').disabled = busy || level === null || wait > 0;
    if (level !== null && wait > 0) setTimeout(updateSubmit, wait + 20);
  };

  $$('[data-level]').forEach((b) => b.addEventListener('click', () => {
    level = Number(b.dataset.level);
    $$('[data-level]').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
    const legend = $('[data-reasons-legend]');
    legend.textContent = level <= 2 ? root.dataset.msgBad : root.dataset.msgGood;
    $('[data-reasons]').hidden = false;
    updateSubmit();
  }));
  $$('[data-reason]').forEach((b) => b.addEventListener('click', () => {
    b.setAttribute('aria-pressed', String(b.getAttribute('aria-pressed') !== 'true'));
  }));

  $('[data-submit]').addEventListener('click', async () => {
    if (!rating || level === null || busy) return;
    busy = true;
    updateSubmit();
    const reasons = $$('[data-reason][aria-pressed="true"]').map((b) => b.dataset.reason);
    const comment = $('[data-comment]').value.trim();
    try {
      const r = await fetch(root.dataset.rateUrl, {
        method: 'POST',
        headers: { Authorization: 'Bearer ' + device, 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ token: rating.token, level, channel: 'EVALUATOR', reasons, comment: comment || undefined }),
      });
      if (r.status === 201 || r.status === 409) {
        if (r.status === 409) {
          const p = await r.json().catch(() => ({}));
          if (p.detail && p.detail === root.dataset.msgSoon) {
            $('[data-error]').textContent = p.detail;
            return;
          }
        }
        rating = null;
        show('THANKS');
        thanksUntil = Date.now() + Number(root.dataset.thanksSeconds) * 1000;
        setTimeout(() => {
          thanksUntil = 0;
          if (live && latest) render(latest); else poll();
        }, Number(root.dataset.thanksSeconds) * 1000 + 50);
      } else {
        const p = await r.json().catch(() => ({}));
        $('[data-error]').textContent = p.detail || root.dataset.msgFailed;
      }
    } catch (e) {
      $('[data-error]').textContent = root.dataset.msgOffline;
    } finally {
      busy = false;
      updateSubmit();
    }
  });

  const form = root.querySelector('[data-setup-form]');
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    device = form.elements.deviceToken.value.trim();
    localStorage.setItem(KEY, device);
    shown = null;
    poll();
    connect();
  });

  clock();
  setInterval(clock, 15000);
  // a stream that stays silent past two keep-alives is dead even if the socket does not say so
  setInterval(() => { if (stream && Date.now() - stream.lastData > SILENT_MS) stream.controller.abort(); }, 5000);
  poll();
  connect();
})();
