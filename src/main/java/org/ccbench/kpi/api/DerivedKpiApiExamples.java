package org.ccbench.kpi.api;

/** Example responses of the derived-KPI endpoints for the OpenAPI document. */
final class DerivedKpiApiExamples {

    static final String MONTH = """
            {"unitId": 12, "period": "2026-02", "status": "SUBMITTED",
             "approved": {"revision": 1, "status": "APPROVED", "kpis": [
               {"label": "SL[phone]", "name": "Service level", "value": 81.4, "unit": "percent", "decimals": 1,
                "nullReason": null, "implausible": false, "smallSample": false, "sample": null, "minSample": null},
               {"label": "CSAT", "name": "Customer satisfaction", "value": 78.0, "unit": "percent", "decimals": 1,
                "nullReason": null, "implausible": false, "smallSample": true, "sample": 41, "minSample": 50}]},
             "latest": {"revision": 2, "status": "SUBMITTED", "kpis": [
               {"label": "SL[phone]", "name": "Service level", "value": 82.0, "unit": "percent", "decimals": 1,
                "nullReason": null, "implausible": false, "smallSample": false, "sample": null, "minSample": null},
               {"label": "ASA[phone]", "name": "Average speed of answer", "value": null, "unit": "seconds",
                "decimals": 0, "nullReason": "no_traffic", "implausible": false, "smallSample": false,
                "sample": null, "minSample": null}]}}""";

    private DerivedKpiApiExamples() {
    }
}
