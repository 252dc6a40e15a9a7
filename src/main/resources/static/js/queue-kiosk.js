// The kiosk (取号机): choose a service, take a ticket through the public API with the kiosk's device
// token, then show (and print) the ticket page. The token is entered once by staff and kept in this
// browser's local storage; it is sent as a bearer token and never shown again.
(function () {
  'use strict';
  var root = document.getElementById('kiosk');
  if (!root) {
    return;
  }
  var hall = root.dataset.hall;
  var tokenKey = 'sw-kiosk-token:' + hall;
  var layoutKey = 'sw-kiosk-layout';
  var chosen = null;
  var idleTimer = null;

  function $(selector, scope) { return (scope || root).querySelector(selector); }
  function $all(selector, scope) { return Array.prototype.slice.call((scope || root).querySelectorAll(selector)); }

  function show(id) {
    $all('.kiosk-panel').forEach(function (p) { p.hidden = p.id !== id; });
    $all('[data-error]').forEach(function (e) { e.hidden = true; });
    resetIdle();
  }

  function home() {
    chosen = null;
    $('#kiosk-phone').value = '';
    $('#kiosk-code').value = '';
    var search = $('#kiosk-search');
    if (search) {
      search.value = '';
      filter('');
    }
    show(localStorage.getItem(tokenKey) ? 'home' : 'setup');
  }

  // back to the start after a minute without a touch, so the next citizen starts fresh
  function resetIdle() {
    if (idleTimer) {
      clearTimeout(idleTimer);
    }
    idleTimer = setTimeout(function () {
      if (!$('#home').hidden || !$('#setup').hidden) {
        return;
      }
      home();
    }, 60000);
  }

  function error(panel, message) {
    var box = $('#' + panel + ' [data-error]');
    box.textContent = message;
    box.hidden = false;
  }

  function api(path, body) {
    return fetch(path, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'Accept': 'application/json',
        'Authorization': 'Bearer ' + localStorage.getItem(tokenKey)
      },
      body: JSON.stringify(body),
      credentials: 'same-origin'
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) {
        if (response.status === 401) {
          localStorage.removeItem(tokenKey);
          throw new Error(root.dataset.msgBadToken);
        }
        if (!response.ok) {
          var detail = json.detail || (json.errors && json.errors.length ? json.errors[0].message : null);
          throw new Error(detail || root.dataset.msgNetwork);
        }
        return json;
      });
    }, function () {
      throw new Error(root.dataset.msgNetwork);
    });
  }

  function printTicket(ticket) {
    var layout = localStorage.getItem(layoutKey) || '80mm';
    window.location.href = root.dataset.ticketPage + ticket.id + '?layout=' + layout + '&print=true';
  }

  function issue(priority, reason, panel) {
    var phone = $('#kiosk-phone').value.trim();
    if (phone && !/^1[3-9][0-9]{9}$/.test(phone)) {
      error(panel, root.dataset.msgPhone);
      return;
    }
    var body = { serviceCode: chosen.code, channel: 'KIOSK', priority: priority };
    if (reason) {
      body.greenReason = reason;
    }
    if (phone) {
      body.phone = phone;
    }
    $all('button').forEach(function (b) { b.disabled = true; });
    api('/api/v1/halls/' + encodeURIComponent(hall) + '/tickets', body).then(printTicket, function (e) {
      $all('button').forEach(function (b) { b.disabled = false; });
      error(panel, e.message);
    });
  }

  function checkIn() {
    var value = $('#kiosk-code').value.trim();
    if (!/^([0-9]{6}|1[3-9][0-9]{9})$/.test(value)) {
      error('checkin', root.dataset.msgCode);
      return;
    }
    api('/api/v1/halls/' + encodeURIComponent(hall) + '/appointments/check-in', { code: value })
      .then(printTicket, function (e) { error('checkin', e.message); });
  }

  function filter(text) {
    var q = text.trim().toLowerCase();
    var any = false;
    $all('[data-group]').forEach(function (group) {
      var visible = 0;
      $all('.kiosk-tile', group).forEach(function (tile) {
        var match = !q || (tile.dataset.search || '').toLowerCase().indexOf(q) >= 0;
        tile.hidden = !match;
        if (match) {
          visible++;
        }
      });
      group.hidden = visible === 0;
      any = any || visible > 0;
    });
    $('[data-no-match]').hidden = any || !q;
  }

  root.addEventListener('click', function (event) {
    resetIdle();
    var target = event.target.closest('button, a');
    if (!target) {
      return;
    }
    if (target.dataset.service) {
      chosen = { code: target.dataset.service, name: target.dataset.name };
      $('[data-chosen]').textContent = chosen.name;
      show('confirm');
    } else if (target.dataset.show) {
      show(target.dataset.show);
    } else if (target.hasAttribute('data-home')) {
      home();
    } else if (target.hasAttribute('data-issue')) {
      issue('NORMAL', null, 'confirm');
    } else if (target.dataset.green) {
      issue('GREEN_CHANNEL', target.dataset.green, 'green');
    } else if (target.hasAttribute('data-checkin')) {
      checkIn();
    } else if (target.hasAttribute('data-setup')) {
      event.preventDefault();
      show('setup');
    } else if (target.dataset.key) {
      var pad = target.closest('[data-keypad]');
      var input = document.getElementById(pad.dataset.keypad);
      if (target.dataset.key === 'clear') {
        input.value = '';
      } else if (target.dataset.key === 'back') {
        input.value = input.value.slice(0, -1);
      } else if (input.value.length < (input.maxLength > 0 ? input.maxLength : 11)) {
        input.value += target.dataset.key;
      }
    }
  });

  var search = $('#kiosk-search');
  if (search) {
    search.addEventListener('input', function () { filter(search.value); });
  }

  $('#setup-form').addEventListener('submit', function (event) {
    event.preventDefault();
    var token = $('#kiosk-token').value.trim();
    var layout = ($('input[name=layout]:checked') || {}).value || '80mm';
    var box = $('[data-setup-error]');
    fetch('/api/v1/me', { headers: { 'Authorization': 'Bearer ' + token, 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (me) {
        if (!me || me.roles.indexOf('DEVICE_KIOSK') < 0 || me.hallCode !== hall) {
          box.textContent = root.dataset.msgBadToken;
          box.hidden = false;
          return;
        }
        localStorage.setItem(tokenKey, token);
        localStorage.setItem(layoutKey, layout);
        $('#kiosk-token').value = '';
        home();
      }, function () {
        box.textContent = root.dataset.msgNetwork;
        box.hidden = false;
      });
  });

  // a scanner reading the appointment QR code types the code and Enter
  $('#kiosk-code').addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      checkIn();
    }
  });

  var clock = $('[data-clock]');
  function tick() {
    clock.textContent = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit',
      hour12: false }).format(new Date());
  }
  tick();
  setInterval(tick, 15000);
  home();
})();
