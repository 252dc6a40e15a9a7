// Booking form: the chosen time slot decides where the form is sent.
(function () {
  'use strict';
  var form = document.querySelector('[data-slot-form]');
  if (!form) {
    return;
  }
  function follow() {
    var checked = form.querySelector('input[name=slot]:checked');
    if (checked) {
      form.action = checked.dataset.action;
    }
  }
  form.addEventListener('change', follow);
  follow();
})();
