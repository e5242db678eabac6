package org.ccbench.audit;

import java.util.List;

/**
 * The actions the portal records, offered as choices on the audit page (other values can be typed: a feature may add
 * its own). README's audit table describes when each is recorded and who is named.
 */
public final class AuditActions {

    public static final List<String> KNOWN = List.of(
            "SIGNED_IN", "SIGN_IN_FAILED", "SIGNED_OUT", "SIGN_IN_LOCKED", "SIGN_IN_ADDRESS_BLOCKED", "ACCOUNT_UNLOCKED",
            "TWO_FACTOR_ENROLLED", "TWO_FACTOR_DISABLED", "TWO_FACTOR_RESET", "TWO_FACTOR_REQUIREMENT_CHANGED",
            "TWO_FACTOR_FAILED", "SSO_CONFIGURED", "SSO_CHANGED", "SSO_SIGN_IN_REFUSED",
            "USER_CREATED", "USER_ROLES_CHANGED", "USER_ORGANISATION_CHANGED", "USER_DISABLED", "USER_ENABLED",
            "USER_PASSWORD_RESET",
            "API_TOKEN_CREATED", "API_TOKEN_REVOKED",
            "SCORECARD_EXPORTED", "COMPARISON_EXPORTED", "SURVEY_RESULTS_EXPORTED", "RAW_RESPONSES_EXPORTED",
            "KPI_TEMPLATE_EXPORTED", "AUDIT_EXPORTED",
            "DRAFT_SAVED", "SUBMITTED", "WITHDRAWN", "CORRECTION_STARTED", "APPROVED", "RETURNED", "REMINDED",
            "MONTH_REOPENED", "KPI_DEFINITIONS_SAVED", "OBSERVATION_EXCLUDED", "EXCLUSION_LIFTED",
            "CONTRACT_TERMS_SAVED", "SCORING_PROFILE_CREATED", "SCORING_PROFILE_VERSION_SAVED",
            "SCORECARD_LINE_DISPUTED", "SCORECARD_DISPUTE_ACCEPTED", "SCORECARD_DISPUTE_REJECTED",
            "RETENTION_CHANGED", "RETENTION_ERASED", "PERSON_ERASED", "SUBJECT_ACCESS_EXPORTED");

    private AuditActions() {
    }
}
