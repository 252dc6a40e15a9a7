// Live hall view: a fresh snapshot arrives over SSE every few seconds (and at once on a change); redraw it.
(function () {
  'use strict';
  var root = document.getElementById('live');
  if (!root || !window.EventSource) {
    return;
  }
  var labels = root.dataset.labels.split('|'); // SERVING IDLE PAUSED UNMANNED CLOSED connected reconnecting minutes
  var states = { SERVING: labels[0], IDLE: labels[1], PAUSED: labels[2], UNMANNED: labels[3], CLOSED: labels[4] };
  var alertLabels = root.dataset.alerts.split('|');
  var alertNames = { unmanned: alertLabels[0], longWait: alertLabels[1], negative: alertLabels[2] };
  var state = document.getElementById('live-state');
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text != null) { e.textContent = text; }
    return e;
  }
  function render(s) {
    root.querySelectorAll('[data-live]').forEach(function (e) { e.textContent = s[e.dataset.live]; });
    var grid = root.querySelector('[data-live-list="windows"]');
    grid.replaceChildren.apply(grid, s.windows.map(function (w) {
      var tile = el('div', 'window-tile st-' + w.status);
      tile.append(el('strong', null, w.name), el('span', 'state', states[w.status]), el('span', 'ticket', w.ticket || ''),
        el('small', null, w.staffName || ''));
      return tile;
    }));
    var alerts = root.querySelector('[data-live-list="alerts"]');
    var none = root.querySelector('[data-none]');
    alerts.replaceChildren.apply(alerts, s.alerts.map(function (a) {
      return el('li', 'alert-' + a.kind, a.subject + ' · ' + alertNames[a.kind] + (a.value > 0 ? ' ' + a.value : ''));
    }));
    if (s.alerts.length === 0) { alerts.append(el('li', 'empty', none.textContent)); }
    var lines = root.querySelector('[data-live-list="lines"]');
    var at = Date.parse(s.at);
    lines.replaceChildren.apply(lines, s.lines.map(function (l) {
      var tr = el('tr');
      var wait = l.oldestQueuedAt ? Math.floor((at - Date.parse(l.oldestQueuedAt)) / 60000) : '-';
      tr.append(el('td', null, l.name), el('td', 'num', l.waiting), el('td', 'num', wait));
      return tr;
    }));
  }
  var source = new EventSource(root.dataset.stream);
  source.addEventListener('snapshot', function (e) {
    state.textContent = labels[5];
    state.classList.add('on');
    render(JSON.parse(e.data));
  });
  source.onerror = function () { state.textContent = labels[6]; state.classList.remove('on'); };
})();
