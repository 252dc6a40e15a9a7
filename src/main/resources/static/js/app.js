// Service Window shell behaviour. No inline scripts anywhere (CSP): everything is wired here.
(function () {
  'use strict';

  // CSRF token for htmx requests, from the meta tags of the layout.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // 适老化 mode: larger type and higher contrast, remembered on this device.
  var root = document.documentElement;
  if (localStorage.getItem('sw-elder') === '1') {
    root.classList.add('elder');
  }
  document.addEventListener('click', function (event) {
    var toggle = event.target.closest('[data-elder-toggle]');
    if (toggle) {
      event.preventDefault();
      var on = !root.classList.contains('elder');
      root.classList.toggle('elder', on);
      localStorage.setItem('sw-elder', on ? '1' : '0');
      toggle.setAttribute('aria-pressed', on ? 'true' : 'false');
    }
    var printer = event.target.closest('[data-print]');
    if (printer) {
      event.preventDefault();
      window.print();
    }
  });

  // Confirmation for destructive form submissions: <form data-confirm="...">.
  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  });
})();
