// Inspection form: records the phone's position on request (browser Geolocation). Optional — the visit
// is saved without it when the inspector declines or the browser has no position.
(function () {
  'use strict';
  var box = document.getElementById('sv-gps');
  var button = document.getElementById('sv-locate');
  if (!box || !button) {
    return;
  }
  var status = document.getElementById('sv-gps-status');
  function field(name) {
    return box.querySelector('input[name="' + name + '"]');
  }
  function show(text) {
    status.textContent = text;
  }
  function recorded(lat, lng, accuracy) {
    show(box.dataset.recorded + ' ' + Number(lat).toFixed(5) + ', ' + Number(lng).toFixed(5)
      + (accuracy ? ' ±' + Math.round(Number(accuracy)) + ' m' : ''));
  }
  if (field('gpsLatitude').value) {
    recorded(field('gpsLatitude').value, field('gpsLongitude').value, field('gpsAccuracy').value);
  }
  button.addEventListener('click', function () {
    if (!('geolocation' in navigator)) {
      show(box.dataset.unsupported);
      return;
    }
    show(box.dataset.locating);
    navigator.geolocation.getCurrentPosition(function (p) {
      field('gpsLatitude').value = p.coords.latitude;
      field('gpsLongitude').value = p.coords.longitude;
      field('gpsAccuracy').value = p.coords.accuracy;
      field('gpsAt').value = new Date(p.timestamp).toISOString();
      recorded(p.coords.latitude, p.coords.longitude, p.coords.accuracy);
    }, function () {
      show(box.dataset.denied);
    }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
  });
})();
