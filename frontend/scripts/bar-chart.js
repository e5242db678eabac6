/*
 * Draws and updates the portal's bar charts (org.ccbench.base.ui.BarChart) with Chart.js from its webjar.
 * Served as a static resource and loaded with @JavaScript("context://scripts/bar-chart.js"), outside the
 * front-end bundle. A chart lives on its <canvas> as long as the canvas is in the page.
 */
(function () {
    'use strict';

    /** Charts whose canvas has left the page (a detach the server could not reach) are destroyed. */
    function sweep() {
        Object.values(window.Chart.instances || {}).forEach(function (chart) {
            if (!chart.canvas || !chart.canvas.isConnected) {
                chart.destroy();
            }
        });
    }

    function options(config) {
        var suffix = config.suffix || '';
        var valueAxis = {
            beginAtZero: true,
            min: config.min === null ? undefined : config.min,
            max: config.max === null ? undefined : config.max,
            ticks: {
                callback: function (value) {
                    return value + suffix;
                }
            }
        };
        var categoryAxis = {ticks: {autoSkip: false}};
        return {
            indexAxis: config.horizontal ? 'y' : 'x',
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: config.horizontal ? {x: valueAxis, y: categoryAxis} : {x: categoryAxis, y: valueAxis},
            plugins: {
                legend: {display: config.datasets.length > 1, position: 'bottom'},
                tooltip: {
                    callbacks: {
                        label: function (context) {
                            var value = context.raw === null ? '–' : context.raw + suffix;
                            return context.dataset.label + ': ' + value;
                        }
                    }
                }
            }
        };
    }

    function datasets(config) {
        return config.datasets.map(function (set) {
            return {label: set.label, data: set.values, backgroundColor: set.colour, borderColor: set.colour,
                borderWidth: 1, maxBarThickness: 28};
        });
    }

    window.ccbenchBarChart = {
        /** Creates the chart on the canvas, or gives an existing one its new data. */
        render: function (canvas, config) {
            if (!canvas || !window.Chart) {
                return;
            }
            sweep();
            var chart = window.Chart.getChart(canvas);
            if (chart) {
                chart.data.labels = config.labels;
                chart.data.datasets = datasets(config);
                chart.options = options(config);
                chart.update();
            } else {
                new window.Chart(canvas, {type: 'bar', data: {labels: config.labels, datasets: datasets(config)},
                    options: options(config)});
            }
        },

        destroy: function (canvas) {
            var chart = canvas && window.Chart ? window.Chart.getChart(canvas) : null;
            if (chart) {
                chart.destroy();
            }
        }
    };
})();
