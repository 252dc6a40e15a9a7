// Campaign dashboard: the reporting progress chart (stacked bars per deliverable), from the numbers the page carries.
(function () {
  'use strict';
  var el = document.getElementById('camp-progress');
  if (!el || !window.echarts) {
    return;
  }
  var d = JSON.parse(el.dataset.chart);
  var chart = window.echarts.init(el, null, { renderer: 'svg' });
  function series(name, data) {
    return { type: 'bar', stack: 'all', name: name, data: data, barMaxWidth: 36 };
  }
  chart.setOption({
    animation: false,
    color: ['#2e9d51', '#e59a00', '#d92d20', '#c3cad4'],
    grid: { left: 40, right: 16, top: 36, bottom: 40 },
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    xAxis: { type: 'category', data: d.labels, axisLabel: { interval: 0 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [series(d.names[0], d.onTime), series(d.names[1], d.late), series(d.names[2], d.missing),
      series(d.names[3], d.pending)]
  });
  window.addEventListener('resize', function () { chart.resize(); });
})();
