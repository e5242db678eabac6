package org.ccbench.template.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.SemanticVersion;
import org.ccbench.template.TemplateKind;
import org.ccbench.template.TemplateOrigin;
import org.ccbench.template.TemplateProblem;
import org.ccbench.template.TemplateRejectedException;
import org.ccbench.template.TemplateStatus;
import org.ccbench.template.TemplateVersion;
import org.ccbench.template.internal.TemplateFile.Accepted;
import org.ccbench.template.internal.TemplateFile.Failed;
import org.ccbench.template.internal.TemplateFile.Passed;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every accepted template version, parsed once and kept in memory; the database holds their exact texts. Writers
 * are serialised, readers see an immutable snapshot. Another node may accept a version too: a reader compares the
 * database's fingerprint of the stored versions at most every {@code ccbench.templates.refresh-seconds} (10) and
 * rebuilds the snapshot when it changed.
 */
@Component
public class TemplateStore {

    private record Snapshot(Map<String, Questionnaire> questionnaires, Map<String, KpiCatalogue> catalogues,
                            List<TemplateVersion> versions, List<TemplateProblem> storedProblems,
                            String fingerprint) {
    }

    /** What an accepted file did to the store. */
    public enum Outcome { ADDED, DRAFT_REPLACED, UNCHANGED }

    public record Result(Outcome outcome, TemplateVersion version) {
    }

    private final TemplateVersionRepository repository;
    private final Clock clock;
    private final long refreshNanos;
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), List.of(), List.of(), "");
    private volatile long checkedAt = System.nanoTime();
    private volatile List<TemplateProblem> fileProblems = List.of();

    TemplateStore(TemplateVersionRepository repository, Clock clock,
                  @Value("${ccbench.templates.refresh-seconds:10}") long refreshSeconds) {
        this.repository = repository;
        this.clock = clock;
        this.refreshNanos = Duration.ofSeconds(refreshSeconds).toNanos();
    }

    public Optional<Questionnaire> questionnaire(String templateId, String version) {
        return Optional.ofNullable(current().questionnaires().get(templateId + "@" + version));
    }

    public List<Questionnaire> questionnaires() {
        return List.copyOf(current().questionnaires().values());
    }

    /** The newest published catalogue version of {@code catalogue_id@major}. */
    public Optional<KpiCatalogue> catalogue(String reference) {
        return Optional.ofNullable(current().catalogues().get(reference));
    }

    public List<TemplateVersion> versions() {
        return current().versions();
    }

    /** Broken shipped files, and stored versions that no longer read (e.g. a catalogue they need is gone). */
    public List<TemplateProblem> problems() {
        List<TemplateProblem> all = new ArrayList<>(fileProblems);
        all.addAll(current().storedProblems());
        return all;
    }

    private Snapshot current() {
        if (System.nanoTime() - checkedAt >= refreshNanos) {
            refreshIfChangedElsewhere();
        }
        return snapshot;
    }

    private synchronized void refreshIfChangedElsewhere() {
        if (System.nanoTime() - checkedAt < refreshNanos) {
            return;
        }
        if (!repository.fingerprint().equals(snapshot.fingerprint())) {
            rebuild();
        }
        checkedAt = System.nanoTime();
    }

    /** Accepts the shipped files at start-up; a broken file is listed as a problem and the others still load. */
    @Transactional
    public synchronized void loadShipped(Map<String, String> contentByFileName) {
        rebuild();
        List<TemplateProblem> problems = new ArrayList<>();
        List<Map.Entry<String, String>> files = new ArrayList<>(contentByFileName.entrySet());
        files.sort(Comparator.comparing((Map.Entry<String, String> file) -> !TemplateFile.declaresCatalogue(
                file.getValue())).thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, String> file : files) {
            try {
                accept(file.getKey(), file.getValue(), TemplateOrigin.SHIPPED, "system");
            } catch (TemplateRejectedException e) {
                problems.addAll(e.problems());
            }
        }
        fileProblems = List.copyOf(problems);
    }

    /**
     * Stores a new version, replaces a draft, or confirms an identical one.
     *
     * @throws TemplateRejectedException when the file breaks a rule or differs from a published version
     */
    @Transactional
    public synchronized Result accept(String fileName, String content, TemplateOrigin origin, String by) {
        Accepted file = switch (TemplateFile.check(fileName, content, this::catalogue)) {
            case Passed passed -> passed.accepted();
            case Failed failed -> throw new TemplateRejectedException(failed.problems());
        };
        StoredTemplate stored = new StoredTemplate(file.templateId(), file.version(), file.kind(), file.status(),
                file.title().in(java.util.Locale.ENGLISH), file.content(), file.contentSha256(), origin, fileName,
                OffsetDateTime.now(clock), by);
        Optional<StoredTemplate> existing = repository.find(file.templateId(), file.version());
        Outcome outcome;
        if (existing.isEmpty()) {
            repository.insert(stored);
            outcome = Outcome.ADDED;
        } else if (existing.get().contentSha256().equals(file.contentSha256())) {
            outcome = Outcome.UNCHANGED;
        } else if (repository.replaceDraft(stored)) {
            outcome = Outcome.DRAFT_REPLACED;
        } else {
            throw new TemplateRejectedException(List.of(new TemplateProblem(fileName, "version", 0,
                    "version " + file.version() + " of " + file.templateId() + " is already "
                            + existing.get().status().code() + " with different content; a published version never "
                            + "changes, so give the changed file a new version")));
        }
        if (outcome != Outcome.UNCHANGED || !snapshot.fingerprint().equals(repository.fingerprint())) {
            rebuild();
        }
        TemplateVersion version = snapshot.versions().stream()
                .filter(v -> v.templateId().equals(file.templateId()) && v.version().equals(file.version()))
                .findFirst().orElseThrow();
        return new Result(outcome, version);
    }

    private void rebuild() {
        String fingerprint = repository.fingerprint();
        List<StoredTemplate> stored = new ArrayList<>(repository.findAll());
        stored.sort(Comparator.comparing((StoredTemplate t) -> t.kind() != TemplateKind.KPI_CATALOGUE)
                .thenComparing(StoredTemplate::templateId)
                .thenComparing(StoredTemplate::version, SemanticVersion.ORDER));
        Map<String, KpiCatalogue> catalogues = new LinkedHashMap<>();
        Map<String, Questionnaire> questionnaires = new LinkedHashMap<>();
        List<TemplateVersion> versions = new ArrayList<>();
        List<TemplateProblem> problems = new ArrayList<>();
        for (StoredTemplate template : stored) {
            String source = template.sourceName() + " (stored " + template.templateId() + " " + template.version() + ")";
            switch (TemplateFile.check(template.sourceName(), template.content(),
                    reference -> Optional.ofNullable(catalogues.get(reference)))) {
                case Failed failed -> failed.problems().forEach(problem -> problems.add(new TemplateProblem(
                        source, problem.place(), problem.line(), problem.message())));
                case Passed passed -> {
                    Accepted file = passed.accepted();
                    if (file.catalogue() != null && file.status() == TemplateStatus.PUBLISHED) {
                        catalogues.put(file.catalogue().reference(), file.catalogue());
                    }
                    if (file.questionnaire() != null) {
                        questionnaires.put(file.templateId() + "@" + file.version(), file.questionnaire());
                    }
                    versions.add(new TemplateVersion(file.templateId(), file.version(), file.kind(), file.status(),
                            file.title(), file.questionCount(), template.origin(), template.sourceName(),
                            template.acceptedAt(), template.acceptedBy()));
                }
            }
        }
        versions.sort(Comparator.comparing(TemplateVersion::templateId)
                .thenComparing(TemplateVersion::version, SemanticVersion.ORDER.reversed()));
        snapshot = new Snapshot(Map.copyOf(questionnaires), Map.copyOf(catalogues), List.copyOf(versions),
                List.copyOf(problems), fingerprint);
        checkedAt = System.nanoTime();
    }
}
