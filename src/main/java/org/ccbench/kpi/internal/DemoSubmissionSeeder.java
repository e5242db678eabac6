package org.ccbench.kpi.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.ccbench.kpi.DefinitionParameters;
import org.ccbench.kpi.DefinitionTimeline;
import org.ccbench.kpi.InputKey;
import org.ccbench.kpi.InputRules;
import org.ccbench.kpi.RevisionStatus;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiCatalogues;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Twelve months of submissions for every demo unit: mostly approved, last month partly submitted, returned, a draft
 * or missing, and one month restated through a correction.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "ccbench.demo.enabled", havingValue = "true")
class DemoSubmissionSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSubmissionSeeder.class);
    private static final int MONTHS = 12;

    private final UnitRepository units;
    private final SubmissionRepository submissions;
    private final DefinitionRepository definitions;
    private final KpiCatalogues catalogues;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoSubmissionSeeder(UnitRepository units, SubmissionRepository submissions, DefinitionRepository definitions,
                         KpiCatalogues catalogues, TransactionTemplate transaction, Clock clock) {
        this.units = units;
        this.submissions = submissions;
        this.definitions = definitions;
        this.catalogues = catalogues;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (submissions.any() || catalogues.find(KpiCatalogues.CURRENT).isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int count = transaction.execute(status -> seed());
        log.info("Seeded {} demo KPI submissions in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    private int seed() {
        KpiCatalogue catalogue = catalogues.current();
        List<SubmissionUnit> demoUnits = units.all();
        DefinitionTimeline timeline = new DefinitionTimeline(
                definitions.versionsOf(demoUnits.stream().map(SubmissionUnit::id).toList()),
                DefinitionParameters.catalogueDefaults(catalogue));
        YearMonth last = YearMonth.now(clock).minusMonths(1);
        int count = 0;
        for (int u = 0; u < demoUnits.size(); u++) {
            SubmissionUnit unit = demoUnits.get(u);
            InputRules rules = new InputRules(catalogue, unit.channels());
            for (int back = MONTHS - 1; back >= 0; back--) {
                YearMonth month = last.minusMonths(back);
                Map<InputKey, BigDecimal> values = DemoMonths.month(unit.channels(), unit.id(), unit.id() * 1000 + back,
                        0.6 + (u % 4) * 0.3);
                if (rules.checkSubmission(values).stream().anyMatch(problem -> !problem.warning())) {
                    continue;
                }
                Plan plan = plan(u, back);
                if (plan != Plan.MISSING) {
                    store(unit, month, values, rules.parametersOf(timeline.of(unit.id(), month)),
                            plan, catalogue.version());
                    count++;
                }
            }
        }
        return count;
    }

    private enum Plan { APPROVED, RESTATED, SUBMITTED, RETURNED, DRAFT, MISSING }

    /** Last month: a mix of states; one month long ago corrected after approval; the rest approved. */
    private static Plan plan(int unitIndex, int monthsBack) {
        if (monthsBack == 0) {
            return switch (unitIndex % 5) {
                case 0 -> Plan.SUBMITTED;
                case 1 -> Plan.RETURNED;
                case 2 -> Plan.MISSING;
                case 3 -> Plan.DRAFT;
                default -> Plan.APPROVED;
            };
        }
        return unitIndex == 0 && monthsBack == 4 ? Plan.RESTATED : Plan.APPROVED;
    }

    private void store(SubmissionUnit unit, YearMonth month, Map<InputKey, BigDecimal> values,
                       Map<InputKey, BigDecimal> parameters, Plan plan, String version) {
        OffsetDateTime submittedAt = month.plusMonths(1).atDay(5).atTime(10, 0).atOffset(java.time.ZoneOffset.UTC);
        OffsetDateTime reviewedAt = submittedAt.plusDays(3);
        String submitter = unit.inHouse() ? "center manager (demo)" : "account manager (demo)";
        String reviewer = "sourcing manager (demo)";
        long id = submissions.insert(unit.id(), month, submittedAt, submitter);
        long revision = submissions.insertRevision(id, 1, version, null, submittedAt, submitter);
        submissions.replaceDraftValues(revision, values, parameters);
        SubmissionStatus status = SubmissionStatus.DRAFT;
        Long approved = null;
        if (plan != Plan.DRAFT) {
            submissions.markSubmitted(revision, null, submittedAt, submitter);
            status = SubmissionStatus.SUBMITTED;
        }
        if (plan == Plan.RETURNED) {
            submissions.markReviewed(revision, RevisionStatus.RETURNED,
                    "Handle times look too low compared with last month; please check the talk seconds.", reviewedAt,
                    reviewer);
            status = SubmissionStatus.RETURNED;
        }
        if (plan == Plan.APPROVED || plan == Plan.RESTATED) {
            submissions.markReviewed(revision, RevisionStatus.APPROVED, null, reviewedAt, reviewer);
            status = SubmissionStatus.APPROVED;
            approved = revision;
        }
        if (plan == Plan.RESTATED) {
            long correction = submissions.insertRevision(id, 2, version,
                    "The invoice included a one-off training cost; recurring cost corrected.", reviewedAt.plusDays(20),
                    submitter);
            Map<InputKey, BigDecimal> corrected = new java.util.LinkedHashMap<>(values);
            corrected.put(InputKey.of("total_cost"), values.get(InputKey.of("total_cost"))
                    .multiply(new BigDecimal("0.94")).setScale(2, java.math.RoundingMode.HALF_UP));
            submissions.replaceDraftValues(correction, corrected, parameters);
            submissions.markSubmitted(correction, null, reviewedAt.plusDays(20), submitter);
            submissions.markSuperseded(revision);
            submissions.markReviewed(correction, RevisionStatus.APPROVED, null, reviewedAt.plusDays(22), reviewer);
            approved = correction;
        }
        submissions.setStatus(id, 0, status, approved, reviewedAt, plan == Plan.DRAFT ? submitter : reviewer);
    }
}
