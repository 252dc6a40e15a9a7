// The display board (叫号屏): follows the hall's event stream, shows each call and announces it in
// Chinese — "请A001号到3号窗口办理", said twice after a chime. Offline by design: the browser's own
// speech synthesis when it has a Chinese voice, otherwise recorded clips shipped with the application
// (digits, letters, "请", "号到", "号窗口办理") played one after another without gaps.
(function () {
  'use strict';
  var root = document.getElementById('board');
  if (!root) {
    return;
  }
  var windows = JSON.parse(root.dataset.windows || '{}');
  var consultation = JSON.parse(root.dataset.consultation || '[]');
  var floor = root.dataset.floor ? parseInt(root.dataset.floor, 10) : null;
  var audioBase = root.dataset.audio;
  var DIGITS = '零一二三四五六七八九';

  // --- the screen ------------------------------------------------------------------------------
  function text(tag, value, cls) {
    var el = document.createElement(tag);
    el.textContent = value;
    if (cls) {
      el.className = cls;
    }
    return el;
  }

  function isConsultation(number) {
    return consultation.some(function (p) {
      return number.indexOf(p) === 0 && /[0-9]/.test(number.charAt(p.length));
    });
  }

  function time(iso) {
    var match = /T(\d\d:\d\d)/.exec(iso || '');
    return match ? match[1] : '';
  }

  function show(call) {
    if (isConsultation(call.number)) {
      var line = root.querySelector('[data-consult-calls]');
      if (line) {
        line.insertBefore(text('span', call.number + ' → ' + call.windowName), line.firstChild);
        while (line.children.length > 3) {
          line.removeChild(line.lastChild);
        }
      }
      return;
    }
    var now = root.querySelector('[data-now]');
    var previous = now.querySelector('.now-number');
    var list = root.querySelector('[data-calls]');
    if (previous) {
      var row = document.createElement('tr');
      row.appendChild(text('td', previous.textContent, 'board-number'));
      row.appendChild(text('td', now.querySelector('.now-window').textContent));
      row.appendChild(text('td', now.dataset.time || ''));
      list.insertBefore(row, list.firstChild);
      while (list.children.length > 7) {
        list.removeChild(list.lastChild);
      }
    }
    now.textContent = '';
    now.appendChild(text('span', call.number, 'now-number'));
    now.appendChild(text('span', root.dataset.msgTo, 'now-arrow'));
    now.appendChild(text('span', call.windowName, 'now-window'));
    now.dataset.time = time(call.calledAt);
    now.classList.remove('flash');
    void now.offsetWidth;
    now.classList.add('flash');
  }

  function refreshCounts() {
    fetch(root.dataset.state, { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (state) {
        if (!state) {
          return;
        }
        state.waiting.forEach(function (w) {
          var item = root.querySelector('li[data-service="' + CSS.escape(w.serviceCode) + '"] [data-count]');
          if (item) {
            item.textContent = w.count;
          }
        });
      }, function () { /* the next round will try again */ });
  }

  // --- the voice -------------------------------------------------------------------------------
  var context = null;
  var clips = {};
  var queue = [];
  var speaking = false;
  var zhVoice = null;

  function pickVoice() {
    if (!('speechSynthesis' in window)) {
      return;
    }
    var voices = window.speechSynthesis.getVoices();
    zhVoice = voices.filter(function (v) { return /^zh(-|_)?(CN|Hans)?/i.test(v.lang) && v.localService; })[0]
      || voices.filter(function (v) { return /^zh/i.test(v.lang); })[0] || null;
  }

  function audio() {
    if (!context) {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      context = Ctx ? new Ctx() : null;
    }
    return context;
  }

  function clip(name) {
    if (!clips[name]) {
      clips[name] = fetch(audioBase + name + '.wav')
        .then(function (r) { return r.arrayBuffer(); })
        .then(function (data) { return new Promise(function (ok, fail) { audio().decodeAudioData(data, ok, fail); }); });
    }
    return clips[name];
  }

  // 12 → 十二, 20 → 二十, 105 → 一百零五: window numbers as people say them
  function spokenNumber(n) {
    if (n < 10) {
      return [String(n)];
    }
    if (n < 100) {
      var tens = Math.floor(n / 10);
      var ones = n % 10;
      return (tens > 1 ? [String(tens)] : []).concat(['shi']).concat(ones ? [String(ones)] : []);
    }
    var hundreds = Math.floor(n / 100);
    var rest = n % 100;
    var words = [String(hundreds), 'bai'];
    if (rest === 0) {
      return words;
    }
    if (rest < 10) {
      return words.concat(['0', String(rest)]);
    }
    return words.concat(rest < 20 ? ['1'] : []).concat(spokenNumber(rest));
  }

  function clipNames(call) {
    var names = ['qing'];
    call.number.toUpperCase().split('').forEach(function (c) {
      names.push(/[0-9]/.test(c) ? c : 'letter-' + c.toLowerCase());
    });
    names.push('hao-dao');
    var info = windows[call.windowCode];
    var number = info ? info.number : parseInt((/\d+/.exec(call.windowName) || ['0'])[0], 10);
    return names.concat(spokenNumber(number)).concat(['hao-chuangkou-banli']);
  }

  function playClips(names) {
    var ctx = audio();
    if (!ctx) {
      return Promise.resolve();
    }
    return Promise.all(names.map(clip)).then(function (buffers) {
      var at = ctx.currentTime + 0.05;
      buffers.forEach(function (buffer) {
        var source = ctx.createBufferSource();
        source.buffer = buffer;
        source.connect(ctx.destination);
        source.start(at);
        at += buffer.duration;
      });
      return new Promise(function (done) { setTimeout(done, (at - ctx.currentTime) * 1000 + 150); });
    });
  }

  function speak(sentence) {
    return new Promise(function (done) {
      var utterance = new SpeechSynthesisUtterance(sentence);
      utterance.voice = zhVoice;
      utterance.lang = zhVoice.lang;
      utterance.rate = 0.9;
      utterance.onend = done;
      utterance.onerror = done;
      window.speechSynthesis.speak(utterance);
    });
  }

  // "请A001号到3号窗口办理" with each digit of the number read out (A零零一), as halls announce it
  function sentence(call) {
    var number = call.number.replace(/[0-9]/g, function (d) { return DIGITS.charAt(parseInt(d, 10)); });
    return '请' + number + '号到' + call.windowName + '办理';
  }

  function announce(call) {
    var once = zhVoice
      ? function () { return speak(sentence(call)); }
      : function () { return playClips(clipNames(call)); };
    return playClips(['chime']).then(once).then(function () {
      return new Promise(function (done) { setTimeout(done, 400); });
    }).then(once);
  }

  function next() {
    if (speaking || queue.length === 0) {
      return;
    }
    speaking = true;
    announce(queue.shift()).catch(function () { /* a missing clip must not stop the board */ })
      .then(function () { speaking = false; next(); });
  }

  function soundBlocked() {
    var ctx = audio();
    return ctx && ctx.state === 'suspended';
  }

  var soundButton = root.querySelector('[data-enable-sound]');
  soundButton.addEventListener('click', function () {
    audio().resume().then(function () { soundButton.hidden = true; next(); });
  });

  // --- the stream ------------------------------------------------------------------------------
  function onCall(event) {
    var call = JSON.parse(event.data);
    var info = windows[call.windowCode];
    if (floor !== null && info && info.floor !== floor) {
      return;
    }
    show(call);
    queue.push(call);
    if (soundBlocked()) {
      soundButton.hidden = false;
    } else {
      next();
    }
    setTimeout(refreshCounts, 500);
  }

  var offline = root.querySelector('[data-offline]');
  var source = new EventSource(root.dataset.events);
  source.addEventListener('ticket-called', onCall);
  source.addEventListener('open', function () { offline.hidden = true; });
  source.addEventListener('error', function () { offline.hidden = false; });

  if ('speechSynthesis' in window) {
    pickVoice();
    window.speechSynthesis.addEventListener('voiceschanged', pickVoice);
  }
  clip('chime');
  refreshCounts();
  setInterval(refreshCounts, 15000);

  var clock = root.querySelector('[data-clock]');
  var date = root.querySelector('[data-date]');
  // the hall's time is China time, whatever zone the screen's computer is set to
  function tick() {
    var parts = {};
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hour12: false }).formatToParts(new Date())
      .forEach(function (p) { parts[p.type] = p.value; });
    clock.textContent = parts.hour + ':' + parts.minute;
    date.textContent = parts.year + '-' + parts.month + '-' + parts.day;
  }
  tick();
  setInterval(tick, 10000);
  root.dataset.ready = 'true';
})();
