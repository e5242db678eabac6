package org.ccbench.scoring.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.ccbench.scoring.SizeBand;
import org.junit.jupiter.api.Test;

/** Peer filters: automatic is the §2.2 fallback; a chosen group is one fixed cell. */
class PeerScopeTest {

    private final PeerSubject bank = new PeerSubject(1, SourcingModel.IN_HOUSE, "banking", SizeBand.M, Map.of(), null);

    @Test
    void automaticTriesTheExactCellThenWidensSizeSectorAndSourcing() {
        assertThat(PeerScope.AUTOMATIC.cells(bank)).extracting(cell -> cell.label(5)).containsExactly(
                "in-house · banking · M (n = 5)", "in-house · banking · all sizes (n = 5)",
                "in-house · all sectors · all sizes (n = 5)", "all · all sectors · all sizes (n = 5)");
    }

    @Test
    void aChosenGroupIsOneCellThatIsNeverWidened() {
        assertThat(PeerScope.SECTOR_ALL_SIZES.cells(bank)).containsExactly(
                new PeerCell(SourcingModel.IN_HOUSE, "banking", null));
        assertThat(PeerScope.SOURCING_ALL_SECTORS.cells(bank)).containsExactly(
                new PeerCell(SourcingModel.IN_HOUSE, null, null));
        assertThat(PeerScope.OUTSOURCED.cells(bank)).as("an in-house bank may compare itself with outsourcing")
                .containsExactly(new PeerCell(SourcingModel.OUTSOURCED, null, null));
        assertThat(PeerScope.IN_HOUSE.cells(bank)).containsExactly(new PeerCell(SourcingModel.IN_HOUSE, null, null));
        assertThat(PeerScope.EVERYONE.cells(bank)).containsExactly(new PeerCell(null, null, null));
    }
}
