package org.ccbench.benchmark.api;

/** Example responses for the OpenAPI document (compile-time constants, as annotations need them). */
final class BenchmarkApiExamples {

    static final String KPIS = """
            [{"label": "SL[phone]", "name": "Service level · phone", "unit": "percent", "decimals": 1,
              "direction": "higher_is_better"},
             {"label": "CPC", "name": "Cost per handled contact", "unit": "eur", "decimals": 2,
              "direction": "lower_is_better"}]""";

    static final String EDITIONS = """
            {"items": [{"id": 3, "period": "2026-Q1", "number": 2, "restated": true,
              "scoringMethod": "ccbench.scoring/1", "catalogueVersion": "ccbench-core@1.0.0",
              "dataVersion": "9f2c…", "units": 41, "unitMonths": 118, "organisations": 17,
              "note": "March of two units corrected after approval", "publishedAt": "2026-04-20T10:15:00+02:00"}],
             "page": 0, "size": 100, "total": 1}""";

    static final String EDITION_CHANGES = """
            {"edition": {"id": 3, "period": "2026-Q1", "number": 2, "restated": true,
              "scoringMethod": "ccbench.scoring/1", "catalogueVersion": "ccbench-core@1.0.0", "dataVersion": "9f2c…",
              "units": 41, "unitMonths": 118, "organisations": 17,
              "note": "March of two units corrected after approval", "publishedAt": "2026-04-20T10:15:00+02:00"},
             "previous": {"id": 2, "period": "2026-Q1", "number": 1, "restated": false,
              "scoringMethod": "ccbench.scoring/1", "catalogueVersion": "ccbench-core@1.0.0", "dataVersion": "41ab…",
              "units": 41, "unitMonths": 116, "organisations": 17, "note": null,
              "publishedAt": "2026-04-10T09:00:00+02:00"},
             "reasons": [{"kind": "corrected", "count": 2, "text": "2 months corrected since edition 1"}],
             "details": [],
             "items": [{"kpi": "SL[phone]", "kpiName": "Service level · phone",
               "definition": {"threshold_seconds": 20},
               "peerCell": {"sourcing": "outsourced", "sector": "all", "size": "all",
                            "words": "outsourced · all sectors · all sizes"},
               "before": {"n": 9, "p25": 74.2, "median": 79.8, "p75": 83.1},
               "after": {"n": 9, "p25": 74.9, "median": 80.1, "p75": 83.1}},
              {"kpi": "CPC", "kpiName": "Cost per handled contact", "definition": {},
               "peerCell": {"sourcing": "in_house", "sector": "energy", "size": "all",
                            "words": "in-house · energy · all sizes"},
               "before": null, "after": {"n": 5, "p25": null, "median": null, "p75": null}}],
             "page": 0, "size": 100, "total": 2}""";

    static final String VALUE_MATRIX = """
            {"unitId": 12, "period": "2026-Q1", "scope": "automatic",
             "edition": {"kind": "live", "description": "live, not yet published"},
             "quadrants": [
              {"unitId": 12, "unitName": "Zwolle telefonie", "kpi": "VMX[eliminate]",
               "kpiName": "Value-matrix quadrant share · eliminate",
               "unit": "percent", "decimals": 1, "period": "2026-Q1", "scope": "automatic",
               "edition": {"kind": "live", "description": "live, not yet published"}, "ownValue": 18.2,
               "smallSample": false, "peerCell": {"sourcing": "all", "sector": "all", "size": "all",
               "words": "in-house and outsourced · all sectors · all sizes"}, "n": 7, "p10": null, "p25": 12.5,
               "median": 15.0, "p75": 19.8, "p90": null, "mean": 15.9, "percentRank": null, "definition": {},
               "withheld": {"p10": "fewer_than_10_peers", "p90": "fewer_than_10_peers", "percentRank": "neutral_kpi"}}],
             "avoidable": {"unitId": 12, "unitName": "Zwolle telefonie", "kpi": "AVC",
               "kpiName": "Avoidable-contact rate", "unit": "percent", "decimals": 1, "period": "2026-Q1",
               "scope": "automatic", "edition": {"kind": "live", "description": "live, not yet published"},
               "ownValue": 31.0, "smallSample": false, "peerCell": null, "n": null, "p10": null, "p25": null,
               "median": null, "p75": null, "p90": null, "mean": null, "percentRank": null, "definition": {},
               "withheld": {"peerCell": "insufficient_peers", "n": "insufficient_peers"}},
             "coverage": {"unitId": 12, "unitName": "Zwolle telefonie", "kpi": "RCC",
               "kpiName": "Reason-code coverage", "unit": "percent", "decimals": 1, "period": "2026-Q1",
               "scope": "automatic", "edition": {"kind": "live", "description": "live, not yet published"},
               "ownValue": 92.5, "smallSample": false, "peerCell": null, "n": null, "p10": null, "p25": null,
               "median": null, "p75": null, "p90": null, "mean": null, "percentRank": null, "definition": {},
               "withheld": {"peerCell": "insufficient_peers", "n": "insufficient_peers"}},
             "ownUnnecessary": 27.4}""";

    static final String FIGURE = """
            {"unitId": 12, "unitName": "Zwolle telefonie", "kpi": "SL[phone]", "kpiName": "Service level · phone",
             "unit": "percent", "decimals": 1, "period": "2026-Q1", "scope": "automatic",
             "edition": {"kind": "live", "description": "live, not yet published"},
             "ownValue": 81.4, "smallSample": false,
             "peerCell": {"sourcing": "outsourced", "sector": "all", "size": "all",
                          "words": "outsourced · all sectors · all sizes"},
             "n": 8, "p10": null, "p25": 74.2, "median": 79.9, "p75": 84.0, "p90": null, "mean": 78.6,
             "percentRank": 62.5, "definition": {"threshold_seconds": 30},
             "withheld": {"p10": "fewer_than_10_peers", "p90": "fewer_than_10_peers"}}""";

    static final String FIGURE_INSUFFICIENT = """
            {"unitId": 12, "unitName": "Zwolle telefonie", "kpi": "CSAT", "kpiName": "Customer satisfaction",
             "unit": "percent", "decimals": 1, "period": "2026-01", "scope": "in_house",
             "edition": {"kind": "published", "description": "published edition 1 of 2026-Q1", "id": 2,
                         "period": "2026-Q1", "number": 1, "restated": false,
                         "publishedAt": "2026-04-10T09:00:00+02:00"},
             "ownValue": 78.0, "smallSample": true, "peerCell": null, "n": null, "p10": null, "p25": null,
             "median": null, "p75": null, "p90": null, "mean": null, "percentRank": null, "definition": {},
             "withheld": {"peerCell": "insufficient_peers", "n": "insufficient_peers", "p10": "insufficient_peers",
                          "p25": "insufficient_peers", "median": "insufficient_peers", "p75": "insufficient_peers",
                          "p90": "insufficient_peers", "mean": "insufficient_peers",
                          "percentRank": "insufficient_peers"}}""";

    static final String FIGURES = "{\"items\": [" + FIGURE + "], \"page\": 0, \"size\": 100, \"total\": 17}";

    static final String SOURCING = """
            {"items": [{"kpi": "AHT[phone]", "kpiName": "Average handling time · phone", "unit": "seconds",
              "decimals": 0, "edition": {"kind": "live", "description": "live, not yet published"},
              "inHouse": {"n": null, "p25": null, "median": null, "p75": null, "withheld": "anonymity"},
              "outsourced": {"n": 7, "p25": 262, "median": 281, "p75": 305, "withheld": null},
              "all": {"n": 9, "p25": 259, "median": 279, "p75": 301, "withheld": null}}],
             "page": 0, "size": 100, "total": 31}""";

    static final String POOLED = """
            {"items": [{"letter": "A", "name": null, "own": false, "rank": 1, "clients": 4, "value": 84.2,
              "withheld": null},
             {"letter": "B", "name": "Callcenter Delta", "own": true, "rank": 2, "clients": 3, "value": 80.1,
              "withheld": null},
             {"letter": "C", "name": null, "own": false, "rank": null, "clients": null, "value": null,
              "withheld": "too_few_clients"}], "page": 0, "size": 100, "total": 3}""";

    private BenchmarkApiExamples() {
    }
}
