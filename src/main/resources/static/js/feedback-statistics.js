// 好差评 statistics: draws the monthly trend and the per-group chart from the numbers the page carries.
(function () {
  'use strict';
  var root = document.getElementById('feedback-stats');
  if (!root || !window.echarts) {
    return;
  }
  var data = JSON.parse(root.dataset.charts);
  var labels = root.dataset.labels.split('|'); // total, satisfaction rate, negative
  var blue = '#0b4ea2';
  var red = '#b3261e';
  var options = {
    months: {
      animation: false, color: [blue, red], tooltip: { trigger: 'axis' }, legend: { top: 0, data: [labels[1], labels[2]] },
      grid: { left: 48, right: 48, top: 34, bottom: 30 },
      xAxis: { type: 'category', data: data.months.map(function (m) { return m.label; }) },
      yAxis: [{ type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
        { type: 'value', minInterval: 1, splitLine: { show: false } }],
      series: [{ type: 'line', name: labels[1], data: data.months.map(function (m) { return m.rate; }) },
        { type: 'bar', name: labels[2], yAxisIndex: 1, data: data.months.map(function (m) { return m.negative; }) }]
    },
    groups: {
      animation: false, color: [blue], tooltip: { trigger: 'axis' }, grid: { left: 160, right: 24, top: 10, bottom: 24 },
      xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: data.groups.map(function (g) { return g.label; }),
        axisLabel: { width: 150, overflow: 'truncate' } },
      series: [{ type: 'bar', name: labels[1], data: data.groups.map(function (g) { return g.rate; }) }]
    }
  };
  root.querySelectorAll('[data-chart]').forEach(function (el) {
    var chart = window.echarts.init(el);
    chart.setOption(options[el.dataset.chart]);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
