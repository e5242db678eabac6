package org.ccbench.kpi.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccbench.kpi.SubmissionStatus;
import org.junit.jupiter.api.Test;

/** On the KPI grid a returned month stands out from a month nobody started: it waits for the vendor's correction. */
class MonthBadgeThemeTest {

    @Test
    void aReturnedMonthHasItsOwnColourAndOverdueWinsOverEveryStatus() {
        assertThat(KpiOverviewView.theme(SubmissionStatus.RETURNED, false)).isEqualTo("warning")
                .isNotEqualTo(KpiOverviewView.theme(SubmissionStatus.MISSING, false))
                .isNotEqualTo(KpiOverviewView.theme(SubmissionStatus.DRAFT, false));
        assertThat(KpiOverviewView.theme(SubmissionStatus.MISSING, false)).isEqualTo("contrast");
        assertThat(KpiOverviewView.theme(SubmissionStatus.APPROVED, false)).isEqualTo("success");
        for (SubmissionStatus status : SubmissionStatus.values()) {
            assertThat(KpiOverviewView.theme(status, true)).as(status.name()).isEqualTo("error");
        }
    }
}
