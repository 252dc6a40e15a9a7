// Quiz page: a countdown from the server's remaining seconds (the server enforces the deadline; this only
// shows it), submit when time is up, and no double submission by a double tap.
(function () {
  var timer = document.querySelector('.tr-timer[data-remaining]');
  var form = document.getElementById('quiz-form');
  if (form) {
    form.addEventListener('submit', function () {
      var button = document.getElementById('submit-quiz');
      if (button) {
        window.setTimeout(function () { button.disabled = true; }, 0);
      }
    });
  }
  if (!timer) {
    return;
  }
  var remaining = parseInt(timer.getAttribute('data-remaining'), 10) || 0;
  var label = timer.textContent.replace(/[0-9:：\s]+$/, '').trim();
  var end = Date.now() + remaining * 1000;
  function pad(n) { return (n < 10 ? '0' : '') + n; }
  function tick() {
    var left = Math.max(0, Math.round((end - Date.now()) / 1000));
    timer.textContent = label + ' ' + pad(Math.floor(left / 60)) + ':' + pad(left % 60);
    if (left <= 60) {
      timer.classList.add('low');
    }
    if (left <= 0) {
      if (form && !form.dataset.sent) {
        form.dataset.sent = 'true';
        form.submit();
      }
      return;
    }
    window.setTimeout(tick, 1000);
  }
  tick();
})();
