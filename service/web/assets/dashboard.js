// The auditor dashboard's chart: reads the weekly table already on the page
// (which is what a reader without JavaScript sees) and draws the on-time
// rate with Apache ECharts, served from /static/ like this file.
(function () {
  'use strict';
  function draw() {
    var box = document.getElementById('weekly-chart');
    var table = document.getElementById('weekly');
    if (!box || !table || typeof echarts === 'undefined') return;
    var weeks = [], rates = [], due = [];
    var rows = table.tBodies[0].rows;
    for (var i = 0; i < rows.length; i++) {
      var cells = rows[i].cells;
      weeks.push(cells[0].textContent);
      due.push(Number(cells[1].textContent));
      var rate = cells[5].getAttribute('data-rate');
      rates.push(rate === '' ? null : Math.round(Number(rate) * 1000) / 10);
    }
    if (weeks.length === 0) return;
    var chart = echarts.init(box, null, { renderer: 'svg' });
    chart.setOption({
      animation: false,
      color: ['#1d4e89', '#9aa4b2'],
      tooltip: { trigger: 'axis' },
      legend: { data: ['按时公示率（%）', '应公示（条）'], top: 0 },
      grid: { left: 48, right: 48, top: 36, bottom: 48 },
      xAxis: { type: 'category', data: weeks, axisLabel: { rotate: 30 } },
      yAxis: [
        { type: 'value', min: 0, max: 100, name: '%' },
        { type: 'value', name: '条', minInterval: 1 }
      ],
      series: [
        { name: '按时公示率（%）', type: 'line', data: rates, connectNulls: true, symbolSize: 8,
          label: { show: true, formatter: '{c}%' } },
        { name: '应公示（条）', type: 'bar', yAxisIndex: 1, data: due, barMaxWidth: 24 }
      ]
    });
    box.setAttribute('data-rendered', 'true');
    window.addEventListener('resize', function () { chart.resize(); });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
