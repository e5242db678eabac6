package org.ccbench.survey.api;

/** Example responses of the survey endpoints for the OpenAPI document. */
final class SurveyApiExamples {

    static final String CAMPAIGNS = """
            {"items": [{"id": 4, "title": "Client satisfaction 2026", "templateId": "ccbench-client-survey",
              "templateVersion": "2.0.0", "closesOn": "2026-02-28", "phase": "PUBLISHED", "responses": 212,
              "responseRate": 61.4}], "page": 0, "size": 100, "total": 1}""";

    static final String RESULTS = """
            {"campaignId": 4, "title": "Client satisfaction 2026", "templateTitle": "Client survey",
             "templateId": "ccbench-client-survey", "templateVersion": "2.0.0", "responses": 212,
             "responseRate": 61.4, "invited": 345, "submitted": 212,
             "columns": [{"key": "total", "kind": "TOTAL", "label": "Total"},
                         {"key": "IN_HOUSE", "kind": "SOURCING_MODEL", "label": "In-house"},
                         {"key": "vendor-A", "kind": "VENDOR", "label": "Vendor A"}],
             "breakdownQuestion": null, "breakdownChoices": [{"questionId": "sector", "text": "Your sector"}],
             "minRespondents": 5, "minRatersPerVendor": 3,
             "previousWave": {"campaignId": 2, "title": "Client satisfaction 2025"},
             "indices": [{"indexId": "csi", "name": "Client satisfaction index", "wave": "compared", "cells": [
               {"column": "total", "withheld": null, "n": 198, "nNa": 0, "options": [], "mean": 71.3, "top2": null,
                "bottom2": null, "nps": null, "promoters": null, "passives": null, "detractors": null, "p25": null,
                "median": null, "p75": null, "interval": {"low": 69.1, "high": 73.5}, "top2Interval": null,
                "vsRest": null, "previous": {"withheld": null, "value": 68.2, "difference": 3.1, "change": "up",
                "top2": null, "top2Difference": null, "top2Change": null, "options": []}},
               {"column": "IN_HOUSE", "withheld": "complementary", "n": null, "nNa": null, "options": null,
                "mean": null, "top2": null, "bottom2": null, "nps": null, "promoters": null, "passives": null,
                "detractors": null, "p25": null, "median": null, "p75": null, "interval": null, "top2Interval": null,
                "vsRest": null, "previous": null},
               {"column": "vendor-A", "withheld": "vendor_below_minimum", "n": null, "nNa": null, "options": null,
                "mean": null, "top2": null, "bottom2": null, "nps": null, "promoters": null, "passives": null,
                "detractors": null, "p25": null, "median": null, "p75": null, "interval": null, "top2Interval": null,
                "vsRest": null, "previous": null}]}],
             "questions": [{"questionId": "q_overall", "type": "LIKERT5", "section": "Overall",
               "text": "Overall, how satisfied are you with the contact center?", "wave": "reworded", "texts": [],
               "cells": [
               {"column": "total", "withheld": null, "n": 205, "nNa": 3, "options": [
                 {"code": "1", "label": "Very dissatisfied", "count": 6, "percent": 3},
                 {"code": "5", "label": "Very satisfied", "count": 71, "percent": 35}],
                "mean": 3.84, "top2": 68.3, "bottom2": 9.8, "nps": null, "promoters": null, "passives": null,
                "detractors": null, "p25": null, "median": null, "p75": null,
                "interval": {"low": 3.71, "high": 3.97}, "top2Interval": {"low": 61.6, "high": 74.3},
                "vsRest": null, "previous": null}]}]}""";

    private SurveyApiExamples() {
    }
}
