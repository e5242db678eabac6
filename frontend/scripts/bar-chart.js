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

    /** Room for a label: fewer characters on a phone than on a wide screen. */
    function labelWidth(chart) {
        return chart.width < 480 ? 16 : 30;
    }

    /** Splits a long category label into lines, so that the bars keep their room. */
    function wrap(text, width) {
        var words = String(text).split(' '), lines = [], line = '';
        words.forEach(function (word) {
            if (line && (line + ' ' + word).length > width) {
                lines.push(line);
                line = word;
            } else {
                line = line ? line + ' ' + word : word;
            }
        });
        lines.push(line);
        return lines.length > 1 ? lines : lines[0];
    }

    /** A legend entry on one line: long answer texts end with an ellipsis (the tables show them in full). */
    function legendLabels(chart) {
        var max = labelWidth(chart) * 2;
        return window.Chart.defaults.plugins.legend.labels.generateLabels(chart).map(function (item) {
            if (item.text && item.text.length > max) {
                item.text = item.text.substring(0, max - 1).trim() + '…';
            }
            return item;
        });
    }

    function options(config) {
        var suffix = config.suffix || '';
        var valueAxis = {
            stacked: config.stacked,
            beginAtZero: true,
            min: config.min === null ? undefined : config.min,
            max: config.max === null ? undefined : config.max,
            ticks: {
                callback: function (value) {
                    return value + suffix;
                }
            }
        };
        var categoryAxis = {
            stacked: config.stacked,
            ticks: {
                autoSkip: false,
                callback: function (value) {
                    return wrap(this.getLabelForValue(value), labelWidth(this.chart));
                }
            }
        };
        return {
            indexAxis: config.horizontal ? 'y' : 'x',
            responsive: true,
            maintainAspectRatio: false,
            animation: false,
            scales: config.horizontal ? {x: valueAxis, y: categoryAxis} : {x: categoryAxis, y: valueAxis},
            plugins: {
                legend: {display: config.datasets.length > 1, position: 'bottom', align: 'start',
                    labels: {boxWidth: 14, boxHeight: 14, generateLabels: legendLabels}},
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
            var colour = set.colours.length === 1 ? set.colours[0] : set.colours;
            return {label: set.label, data: set.values, backgroundColor: colour, borderColor: '#ffffff',
                borderWidth: config.stacked ? 1 : 0, maxBarThickness: 28,
                barPercentage: 0.9, categoryPercentage: 0.85};
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
