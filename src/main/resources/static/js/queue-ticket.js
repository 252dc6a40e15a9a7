// The printed ticket: prints once when the kiosk opened it for printing, then returns to the kiosk.
(function () {
  'use strict';
  var screen = document.querySelector('.ticket-screen');
  if (!screen) {
    return;
  }
  document.addEventListener('click', function (event) {
    if (event.target.closest('[data-print]')) {
      event.preventDefault();
      window.print();
    }
  });
  if (screen.dataset.autoprint === 'true') {
    window.addEventListener('load', function () {
      setTimeout(function () { window.print(); }, 300);
      setTimeout(function () { window.location.href = screen.dataset.home; }, 12000);
    });
  }
})();
