// Public screen: figures refresh from the SSE stream; the clock ticks locally.
(function () {
  'use strict';
  var root = document.getElementById('screen');
  if (!root) {
    return;
  }
  var clock = root.querySelector('[data-screen="clock"]');
  function tick() {
    var d = new Date();
    clock.textContent = String(d.getHours()).padStart(2, '0') + ':' + String(d.getMinutes()).padStart(2, '0');
  }
  setInterval(tick, 10000);
  if (!window.EventSource) {
    return;
  }
  var source = new EventSource(root.dataset.stream);
  source.addEventListener('snapshot', function (e) {
    var s = JSON.parse(e.data);
    root.querySelectorAll('strong[data-screen]').forEach(function (el) {
      var v = s[el.dataset.screen];
      el.textContent = v == null ? '-' : v + (el.dataset.suffix || '');
    });
  });
})();
