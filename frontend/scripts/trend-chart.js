/*
 * Draws the portal's trend charts (org.ccbench.base.ui.TrendChart) with Chart.js from its webjar: one line for the
 * subject's value and a shaded band between two peer lines (P25 and P75). Loaded as a static resource.
 */
(function () {
    'use strict';

    function datasets(config) {
        return [
            {label: config.lowLabel, data: config.low, borderColor: '#9bb7d4', backgroundColor: 'rgba(155,183,212,0.35)',
                pointRadius: 0, borderWidth: 1, fill: false, spanGaps: false},
            {label: config.highLabel, data: config.high, borderColor: '#9bb7d4', backgroundColor: 'rgba(155,183,212,0.35)',
                pointRadius: 0, borderWidth: 1, fill: '-1', spanGaps: false},
            {label: config.ownLabel, data: config.own, borderColor: '#1a5e8a', backgroundColor: '#1a5e8a',
                pointRadius: 3, borderWidth: 2, fill: false, spanGaps: false}
        ];
    }

    window.ccbenchTrendChart = {
        render: function (canvas, config) {
            var existing = window.Chart.getChart(canvas);
            if (existing) {
                existing.data.labels = config.labels;
                existing.data.datasets = datasets(config);
                existing.update();
                return;
            }
            new window.Chart(canvas, {
                type: 'line',
                data: {labels: config.labels, datasets: datasets(config)},
                options: {responsive: true, maintainAspectRatio: false, animation: false,
                    interaction: {mode: 'index', intersect: false},
                    plugins: {legend: {position: 'bottom'}}}
            });
        },
        destroy: function (canvas) {
            var chart = window.Chart.getChart(canvas);
            if (chart) {
                chart.destroy();
            }
        }
    };
})();
