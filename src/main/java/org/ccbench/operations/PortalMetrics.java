package org.ccbench.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The portal's own counters, scraped from {@code /actuator/prometheus} (docs/operations.md lists them). A change is
 * counted once its transaction has committed, so a rolled-back save never counts; refusals count at once. Every
 * counter exists from the start (at 0), so a dashboard's {@code rate()} has a series before the first event.
 */
@Component
public class PortalMetrics {

    /** A KPI month's step, as {@code ccbench.submissions{event}}. */
    public enum SubmissionEvent { DRAFT_SAVED, SUBMITTED, APPROVED, RETURNED }

    /** How a month got there, as {@code ccbench.submissions{via}}: one month (form or API), or a file upload. */
    public enum Via { MONTH, UPLOAD }

    /**
     * What became of an uploaded file, as {@code ccbench.uploads{outcome}}: stored; refused as a file (too large,
     * not xlsx or CSV, unreadable); or rejected because rows had problems (nothing stored).
     */
    public enum UploadOutcome { STORED, REFUSED, REJECTED }

    /** A file the portal wrote for a download, as {@code ccbench.exports{kind, format}}. */
    public enum Export {
        SCORECARD_XLSX("scorecard", "xlsx"),
        SCORECARD_PDF("scorecard", "pdf"),
        COMPARISON_XLSX("comparison", "xlsx"),
        SURVEY_RESULTS_XLSX("survey_results", "xlsx"),
        SURVEY_RESPONSES_XLSX("survey_responses", "xlsx"),
        KPI_TEMPLATE_XLSX("kpi_template", "xlsx"),
        UPLOAD_PROBLEMS_XLSX("upload_problems", "xlsx");

        private final String kind;
        private final String format;

        Export(String kind, String format) {
            this.kind = kind;
            this.format = format;
        }
    }

    private final Map<SubmissionEvent, Map<Via, Counter>> submissions = new EnumMap<>(SubmissionEvent.class);
    private final Map<UploadOutcome, Counter> uploads = new EnumMap<>(UploadOutcome.class);
    private final Counter uploadedMonths;
    private final Map<Export, Counter> exports = new EnumMap<>(Export.class);

    PortalMetrics(MeterRegistry registry) {
        for (SubmissionEvent event : SubmissionEvent.values()) {
            Map<Via, Counter> byVia = new EnumMap<>(Via.class);
            for (Via via : Via.values()) {
                if (via == Via.MONTH || event == SubmissionEvent.DRAFT_SAVED || event == SubmissionEvent.SUBMITTED) {
                    byVia.put(via, Counter.builder("ccbench.submissions")
                            .description("KPI months saved as draft, submitted, approved or returned")
                            .tag("event", tag(event)).tag("via", tag(via)).register(registry));
                }
            }
            submissions.put(event, byVia);
        }
        for (UploadOutcome outcome : UploadOutcome.values()) {
            uploads.put(outcome, Counter.builder("ccbench.uploads")
                    .description("KPI files uploaded, by outcome").tag("outcome", tag(outcome)).register(registry));
        }
        uploadedMonths = Counter.builder("ccbench.uploads.unit.months")
                .description("unit-months stored by KPI file uploads").register(registry);
        for (Export export : Export.values()) {
            exports.put(export, Counter.builder("ccbench.exports").description("files written for download")
                    .tag("kind", export.kind).tag("format", export.format).register(registry));
        }
    }

    /**
     * {@code count} months took this step; counted when the current transaction commits. An upload only saves and
     * submits (approving and returning are one month at a time), so only those two have an upload series.
     */
    public void submissions(SubmissionEvent event, Via via, int count) {
        Counter counter = submissions.get(event).get(via);
        if (counter == null) {
            throw new IllegalArgumentException("no upload " + tag(event) + " is counted");
        }
        if (count > 0) {
            afterCommit(() -> counter.increment(count));
        }
    }

    /** An uploaded file that stored {@code unitMonths} months; counted when the current transaction commits. */
    public void uploadStored(int unitMonths) {
        afterCommit(() -> {
            uploads.get(UploadOutcome.STORED).increment();
            uploadedMonths.increment(unitMonths);
        });
    }

    /** An uploaded file that stored nothing: counted at once, as its transaction rolls back. */
    public void uploadNotStored(UploadOutcome outcome) {
        if (outcome == UploadOutcome.STORED) {
            throw new IllegalArgumentException("a stored upload is counted by uploadStored");
        }
        uploads.get(outcome).increment();
    }

    /** A file written for a download (after it was written, outside any transaction). */
    public void exported(Export export) {
        exports.get(export).increment();
    }

    private static void afterCommit(Runnable count) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    private static String tag(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
