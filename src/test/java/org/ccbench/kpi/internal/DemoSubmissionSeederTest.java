package org.ccbench.kpi.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.KPI_REVISION;
import static org.ccbench.db.Tables.KPI_SUBMISSION;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ccbench.kpi.InputProblem;
import org.ccbench.kpi.InputRules;
import org.ccbench.kpi.KpiTables;
import org.ccbench.kpi.Revision;
import org.ccbench.kpi.RevisionStatus;
import org.ccbench.kpi.SubmissionStatus;
import org.ccbench.kpi.SubmissionUnit;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Twelve plausible demo months per unit of the demo clients, in every state a user should see. */
@DemoPortalTest
class DemoSubmissionSeederTest {

    @Autowired
    DemoSubmissionSeeder seeder;

    @Autowired
    SubmissionRepository submissions;

    @Autowired
    UnitRepository units;

    @Autowired
    KpiCatalogues catalogues;

    @Autowired
    DSLContext dsl;

    @Test
    void seedsEveryStateOnceAndOnlyValidFigures() {
        KpiTables.empty(dsl);

        seeder.run(null);
        int seeded = dsl.fetchCount(KPI_SUBMISSION);
        seeder.run(null);

        assertThat(dsl.fetchCount(KPI_SUBMISSION)).as("a second start adds nothing").isEqualTo(seeded);
        List<SubmissionUnit> demoUnits = units.all();
        int missingLastMonth = (demoUnits.size() + 2) / 5;
        assertThat(seeded).isEqualTo(demoUnits.size() * 12 - missingLastMonth);
        Map<String, Long> byStatus = dsl.select(KPI_SUBMISSION.STATUS).from(KPI_SUBMISSION)
                .fetch(KPI_SUBMISSION.STATUS).stream()
                .collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        assertThat(byStatus).containsKeys(SubmissionStatus.APPROVED.name(), SubmissionStatus.SUBMITTED.name(),
                SubmissionStatus.RETURNED.name(), SubmissionStatus.DRAFT.name());
        assertThat(dsl.fetchCount(KPI_REVISION, KPI_REVISION.STATUS.eq(RevisionStatus.SUPERSEDED.name())))
                .as("one restated month").isEqualTo(1);
        for (SubmissionUnit unit : demoUnits) {
            InputRules rules = new InputRules(catalogues.current(), unit.channels());
            for (var head : submissions.findAll(List.of(unit.id()), TestClock.THIS_MONTH.minusMonths(12),
                    TestClock.THIS_MONTH)) {
                for (Revision revision : submissions.revisions(head.id())) {
                    assertThat(rules.checkSubmission(revision.values())).as(unit.name() + " " + head.period())
                            .allMatch(InputProblem::warning);
                }
            }
        }
    }
}
