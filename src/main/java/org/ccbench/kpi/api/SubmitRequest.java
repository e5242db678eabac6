package org.ccbench.kpi.api;

/** @param warningComment the explanation of unusual figures (warnings); needed only when there are warnings */
public record SubmitRequest(String warningComment) {
}
