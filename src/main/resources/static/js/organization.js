// Organization screens. The native file picker speaks the browser's language, so the pages show their
// own button and put the chosen file's name beside it. No inline scripts (CSP): wired here.
(function () {
  'use strict';
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (input.matches && input.matches('input[type=file][data-file-name]')) {
      var out = document.getElementById(input.getAttribute('data-file-name'));
      if (out) {
        out.textContent = input.files.length ? input.files[0].name : out.getAttribute('data-empty');
      }
    }
  });
})();
