// Catalog screens: rows of the draft editor (add, remove, renumber) and the filter of a window's items.
// No inline scripts anywhere (CSP): everything is wired here.
(function () {
  'use strict';

  // Renumbers a list of rows so the server binds them in order: materials[2].code, id materials2.code, "材料 3".
  function renumber(list) {
    var name = list.getAttribute('data-rows');
    var rows = list.querySelectorAll('.cat-row');
    rows.forEach(function (row, i) {
      row.querySelectorAll('[name]').forEach(function (el) {
        el.name = el.name.replace(new RegExp('^(_?)' + name + '\\[\\d+\\]'), '$1' + name + '[' + i + ']');
      });
      row.querySelectorAll('[id]').forEach(function (el) {
        el.id = el.id.replace(new RegExp('^' + name + '\\d+'), name + i);
      });
      row.querySelectorAll('label[for]').forEach(function (el) {
        el.htmlFor = el.htmlFor.replace(new RegExp('^' + name + '\\d+'), name + i);
      });
      var number = row.querySelector('.cat-row-no');
      if (number) {
        number.textContent = number.textContent.replace(/\d+/, String(i + 1));
      }
    });
  }

  function clear(row) {
    row.querySelectorAll('input').forEach(function (el) {
      if (el.classList.contains('cat-number') && el.closest('.cat-material-row')) {
        el.value = '1';
      } else if (el.type === 'hidden' || el.type === 'text' || el.type === 'search') {
        el.value = '';
      }
    });
    row.querySelectorAll('textarea').forEach(function (el) { el.value = ''; });
    row.querySelectorAll('select').forEach(function (el) { el.selectedIndex = 0; });
    row.querySelectorAll('.field-error').forEach(function (el) { el.remove(); });
    row.querySelectorAll('.field.error').forEach(function (el) { el.classList.remove('error'); });
  }

  document.addEventListener('click', function (event) {
    var add = event.target.closest('[data-add-row]');
    if (add) {
      var list = document.querySelector('.cat-rows[data-rows="' + add.getAttribute('data-add-row') + '"]');
      var rows = list.querySelectorAll('.cat-row');
      var copy = rows[rows.length - 1].cloneNode(true);
      clear(copy);
      list.appendChild(copy);
      renumber(list);
      var first = copy.querySelector('input[type=text]');
      if (first) {
        first.focus();
      }
      return;
    }
    var remove = event.target.closest('[data-remove-row]');
    if (remove) {
      var row = remove.closest('.cat-row');
      var rowsOf = row.parentNode;
      if (rowsOf.querySelectorAll('.cat-row').length > 1) {
        row.remove();
      } else {
        clear(row);
      }
      renumber(rowsOf);
    }
  });

  // Filters the items offered to a window as one types; counts the ticked ones.
  document.addEventListener('input', function (event) {
    var box = event.target.closest('[data-filter-target]');
    if (!box) {
      return;
    }
    var words = box.value.trim().toLowerCase();
    var target = document.querySelector(box.getAttribute('data-filter-target'));
    target.querySelectorAll('[data-text]').forEach(function (label) {
      var text = label.getAttribute('data-text').toLowerCase();
      label.hidden = words !== '' && text.indexOf(words) < 0;
    });
    target.querySelectorAll('fieldset').forEach(function (set) {
      set.hidden = set.querySelectorAll('[data-text]:not([hidden])').length === 0;
    });
  });

  document.addEventListener('change', function (event) {
    if (!event.target.matches('#choices input[type=checkbox]')) {
      return;
    }
    var counter = document.querySelector('[data-checked-count]');
    if (counter) {
      var n = document.querySelectorAll('#choices input[type=checkbox]:checked').length;
      counter.textContent = counter.textContent.replace(/\d+/, String(n));
    }
  });
})();
