// Queue statistics: draws the charts from the numbers the page carries (each chart has its table below).
(function () {
  'use strict';
  var root = document.getElementById('stats');
  if (!root || !window.echarts) {
    return;
  }
  var data = JSON.parse(root.dataset.charts);
  var labels = root.dataset.labels.split('|'); // visits, served, wait p50, wait p90, tickets
  var blue = '#0b4ea2';
  var light = '#7aa7e0';
  var grid = { left: 48, right: 16, top: 30, bottom: 36 };

  function bars(buckets) {
    return {
      color: [blue], grid: grid, tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: buckets.map(function (b) { return b.label; }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: labels[4], data: buckets.map(function (b) { return b.count; }) }]
    };
  }

  var options = {
    waitHistogram: bars(data.waitHistogram),
    serviceHistogram: bars(data.serviceHistogram),
    hours: {
      color: [blue, '#c77700'], grid: { left: 48, right: 48, top: 30, bottom: 36 }, tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [labels[0], labels[2]] },
      xAxis: { type: 'category', data: data.hours.map(function (h) { return h.label; }) },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', splitLine: { show: false } }],
      series: [
        { type: 'bar', name: labels[0], data: data.hours.map(function (h) { return h.visits; }) },
        { type: 'line', name: labels[2], yAxisIndex: 1, data: data.hours.map(function (h) { return h.wait; }) }
      ]
    },
    days: {
      color: [blue, light], grid: grid, tooltip: { trigger: 'axis' }, legend: { top: 0, data: [labels[0], labels[1]] },
      xAxis: { type: 'category', data: data.days.map(function (d) { return d.label.substring(5); }) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { type: 'line', name: labels[0], data: data.days.map(function (d) { return d.visits; }), showSymbol: false },
        { type: 'line', name: labels[1], data: data.days.map(function (d) { return d.served; }), showSymbol: false }
      ]
    },
    services: {
      color: [light, blue], grid: { left: 130, right: 20, top: 30, bottom: 30 }, tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [labels[2], labels[3]] },
      yAxis: { type: 'category', inverse: true, data: data.services.map(function (s) { return s.label; }) },
      xAxis: { type: 'value' },
      series: [
        { type: 'bar', name: labels[2], data: data.services.map(function (s) { return s.p50; }) },
        { type: 'bar', name: labels[3], data: data.services.map(function (s) { return s.p90; }) }
      ]
    }
  };

  var charts = [];
  root.querySelectorAll('[data-chart]').forEach(function (el) {
    var option = options[el.dataset.chart];
    if (option) {
      var chart = window.echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(option);
      charts.push(chart);
    }
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
})();
