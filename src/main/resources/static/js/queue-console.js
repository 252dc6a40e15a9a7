// Caller console: single-key shortcuts (N call next, R recall, S start, C complete, X no-show, T transfer,
// P pause/resume) press the visible button of that key; typing in a field is never taken as a shortcut.
(function () {
  'use strict';
  document.addEventListener('keydown', function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) {
      return;
    }
    var field = event.target.closest('input, textarea, select, [contenteditable]');
    if (field) {
      return;
    }
    var key = (event.key || '').toLowerCase();
    var target = document.querySelector('#desk [data-key="' + key + '"]');
    if (!target) {
      return;
    }
    event.preventDefault();
    target.click();
    var details = target.closest('details');
    if (details && target.tagName === 'SUMMARY') {
      window.setTimeout(function () {
        var first = details.querySelector('select, input');
        if (first) {
          first.focus();
        }
      }, 0);
    }
  });
})();
