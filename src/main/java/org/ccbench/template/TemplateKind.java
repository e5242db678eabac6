package org.ccbench.template;

/** What a template file holds: a questionnaire (TEMPLATES.md §2) or the KPI catalogue (§3). */
public enum TemplateKind {
    QUESTIONNAIRE, KPI_CATALOGUE
}
