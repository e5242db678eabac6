package org.ccbench.report;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.benchmark.BenchmarkPeriod;
import org.ccbench.benchmark.Distributions;
import org.ccbench.benchmark.EditionChoice;
import org.ccbench.benchmark.edition.Edition;
import org.ccbench.benchmark.edition.EditionService;
import org.ccbench.benchmark.edition.EditionStamp;
import org.ccbench.report.export.YearlyReportPdf;
import org.ccbench.report.export.YearlyReportWorkbook;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.survey.Audience;
import org.ccbench.survey.CampaignOverview;
import org.ccbench.survey.CampaignResults;
import org.ccbench.survey.CampaignStatus;
import org.ccbench.survey.ResultsService;
import org.ccbench.template.QuestionType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly report (issue 17 §4) for the signed-in KPI reader: every figure comes from the services that show it on
 * screen ({@link Distributions}, {@link ResultsService}) with their role and tenant rules, so the report holds nothing
 * the reader's pages hide. Each download is recorded in the audit log.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Access.KPI_READERS)
public class YearlyReportService {

    static final String EXPORTED = "YEARLY_REPORT_EXPORTED";

    /** The report's two formats. */
    public enum Format { PDF, XLSX }

    private final Distributions distributions;
    private final EditionService editions;
    private final ResultsService results;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    YearlyReportService(Distributions distributions, EditionService editions, ResultsService results,
                        CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.distributions = distributions;
        this.editions = editions;
        this.results = results;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** The published editions that cover the period, the latest first: the choices beside "live". */
    public List<Edition> editions(BenchmarkPeriod period) {
        return editions.covering(period);
    }

    /**
     * The report of a period: a calendar year, or a quarter while no whole year has approved months (the benchmark
     * compares only units whose months cover the whole period).
     *
     * @param editionId a published edition that covers the period, or null for the live figures
     * @throws NotFoundOrNotAllowedException when the edition does not exist
     * @throws IllegalArgumentException      when the edition does not cover the period
     */
    public YearlyReport build(BenchmarkPeriod period, Long editionId, Locale locale) {
        EditionStamp stamp = null;
        EditionChoice choice = EditionChoice.LIVE;
        if (editionId != null) {
            Edition edition = editions.find(editionId)
                    .orElseThrow(() -> new NotFoundOrNotAllowedException("Benchmark edition", editionId));
            if (!edition.covers(period)) {
                throw new IllegalArgumentException("edition " + edition.code() + " does not cover " + period.label());
            }
            stamp = EditionStamp.of(edition, clock.getZone());
            choice = EditionChoice.edition(editionId);
        }
        return new YearlyReport(period, stamp, LocalDate.now(clock), distributions.of(period, choice),
                survey(period.first().getYear(), locale).orElse(null));
    }

    /** Writes the report in the format and records the download (who, which year, which edition, which format). */
    public void export(YearlyReport report, Format format, Locale locale, OutputStream out) {
        Long organisationId = currentUser.require().organisationId();
        audit.recordSeparately(EXPORTED, "organisation", organisationId == null ? 0 : organisationId,
                format.name().toLowerCase(Locale.ROOT) + " " + report.period().label() + " · "
                        + (report.edition() == null ? "live" : report.edition().period() + " · "
                        + report.edition().number()));
        switch (format) {
            case PDF -> YearlyReportPdf.write(report, locale, out);
            case XLSX -> YearlyReportWorkbook.write(report, locale, out);
        }
    }

    /** The year's published client-satisfaction campaign the reader may read, the latest closing first. */
    private Optional<YearlyReport.Survey> survey(int year, Locale locale) {
        return results.readableCampaigns().stream().map(CampaignOverview::campaign)
                .filter(campaign -> campaign.status() == CampaignStatus.PUBLISHED
                        && campaign.audience() == Audience.CLIENTS && campaign.closesOn().getYear() == year)
                .max(Comparator.comparing(campaign -> campaign.closesOn()))
                .map(campaign -> {
                    CampaignResults figures = results.results(campaign.id(), locale);
                    return new YearlyReport.Survey(campaign.title(), figures.responses(), figures.columns(),
                            figures.indices(), figures.questions().stream()
                            .filter(question -> question.type() == QuestionType.LIKERT5
                                    || question.type() == QuestionType.NPS0_10).toList(), figures.previousWave());
                });
    }
}
