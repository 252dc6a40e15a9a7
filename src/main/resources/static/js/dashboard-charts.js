// Cockpit charts: one theme for every chart, drawn from the numbers the page carries (each has a table view).
(function () {
  'use strict';
  var root = document.getElementById('cockpit');
  if (!root || !window.echarts) {
    return;
  }
  var data = JSON.parse(root.dataset.charts);
  var l = root.dataset.labels.split('|'); // issued, served, avg wait, p90, satisfaction, called, negative
  var theme = {
    color: ['#0b4ea2', '#c77700', '#2e8b57', '#7aa7e0', '#b03a2e'],
    textStyle: { fontFamily: 'inherit' },
    grid: { left: 52, right: 48, top: 34, bottom: 36 }
  };
  window.echarts.registerTheme('sw', theme);
  function pick(list, key) { return list.map(function (p) { return p[key]; }); }
  var grid = { left: 52, right: 48, top: 34, bottom: 36 };
  var today = document.querySelector('[data-chart="today"]');
  var options = {
    today: {
      grid: grid, tooltip: { trigger: 'axis' }, legend: { top: 0, data: [l[5], l[1]] },
      xAxis: { type: 'category', data: pick(data.today, 'label') }, yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'bar', name: l[5], data: pick(data.today, 'called') },
        { type: 'line', name: l[1], data: pick(data.today, 'completed') }]
    },
    trend: {
      grid: grid, tooltip: { trigger: 'axis' }, legend: { top: 0, data: [l[0], l[2], l[4]] },
      xAxis: { type: 'category', data: pick(data.trend, 'label') },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', splitLine: { show: false } }],
      series: [{ type: 'bar', name: l[0], data: pick(data.trend, 'issued') },
        { type: 'line', name: l[2], yAxisIndex: 1, data: pick(data.trend, 'wait'), showSymbol: false },
        { type: 'line', name: l[4], yAxisIndex: 1, data: pick(data.trend, 'satisfaction'), showSymbol: false }]
    },
    hours: {
      grid: grid, tooltip: { trigger: 'axis' }, legend: { top: 0, data: [l[0], l[2]] },
      xAxis: { type: 'category', data: pick(data.hours, 'label') },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', splitLine: { show: false } }],
      series: [{ type: 'bar', name: l[0], data: pick(data.hours, 'issued') },
        { type: 'line', name: l[2], yAxisIndex: 1, data: pick(data.hours, 'wait') }]
    },
    units: {
      grid: { left: 120, right: 20, top: 34, bottom: 30 }, tooltip: { trigger: 'axis' }, legend: { top: 0, data: [l[4]] },
      yAxis: { type: 'category', inverse: true, data: pick(data.units, 'label') },
      xAxis: { type: 'value', min: function (v) { return Math.max(0, Math.floor(v.min - 5)); }, max: 100 },
      series: [{ type: 'bar', name: l[4], data: pick(data.units, 'satisfaction') }]
    },
    children: {
      grid: { left: 120, right: 48, top: 34, bottom: 30 }, tooltip: { trigger: 'axis' }, legend: { top: 0, data: [l[0], l[2]] },
      yAxis: { type: 'category', inverse: true, data: pick(data.children, 'label') },
      xAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', splitLine: { show: false } }],
      series: [{ type: 'bar', name: l[0], data: pick(data.children, 'issued') },
        { type: 'bar', name: l[2], xAxisIndex: 1, data: pick(data.children, 'wait') }]
    },
    map: (function () {
      // a schematic layout (no map tiles): halls on a grid, size = tickets, colour = satisfaction
      var cols = Math.max(2, Math.ceil(Math.sqrt(data.halls.length)));
      var max = Math.max.apply(null, data.halls.map(function (h) { return h.issued; }).concat([1]));
      return {
        tooltip: { formatter: function (p) { var h = p.data.hall; return h.name + '<br>' + l[0] + ': ' + h.issued + '<br>' + l[4] + ': ' + (h.satisfaction == null ? '-' : h.satisfaction + '%'); } },
        xAxis: { show: false, min: -0.7, max: cols - 0.3 }, yAxis: { show: false, min: -0.7, max: Math.ceil(data.halls.length / cols) - 0.3, inverse: true },
        grid: { left: 10, right: 10, top: 10, bottom: 10 },
        visualMap: { show: false, dimension: 2, min: 80, max: 100, inRange: { color: ['#b03a2e', '#c77700', '#2e8b57'] } },
        series: [{
          type: 'scatter',
          data: data.halls.map(function (h, i) { return { value: [i % cols, Math.floor(i / cols), h.satisfaction == null ? 100 : h.satisfaction], hall: h, symbolSize: 18 + 42 * Math.sqrt(h.issued / max) }; }),
          label: { show: true, position: 'bottom', formatter: function (p) { return p.data.hall.name; }, fontSize: 11 }
        }]
      };
    })()
  };
  var charts = [];
  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var option = options[el.dataset.chart];
    if (!option) {
      return;
    }
    var chart = window.echarts.init(el, 'sw', { renderer: 'svg' });
    chart.setOption(option);
    if (el.dataset.chart === 'map') {
      chart.on('click', function (p) { if (p.data && p.data.hall) { window.location.href = p.data.hall.href; } });
    }
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  if (!today) { return; }
})();
