package org.ccbench.template;

/** What an accepted upload did: a new version, a replaced draft, or nothing because it was already loaded. */
public record UploadResult(Outcome outcome, TemplateVersion version) {

    public enum Outcome { ADDED, DRAFT_REPLACED, ALREADY_LOADED }
}
