package org.ccbench.template;

/** Ties a question to a KPI of the catalogue: its self-reported value, or how the respondent perceives it. */
public record KpiLink(String code, Relation relation, String channel) {

    public enum Relation { VALUE, PERCEPTION }
}
