package org.ccbench.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.testsupport.Refusals.error;
import static org.ccbench.testsupport.Refusals.validationErrors;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ServiceIntegrationTest
class InHouseOperationServiceTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Autowired TestData testData;
    @Autowired InHouseOperationService operations;

    World world;
    World.Client a;
    World.Client b;

    @BeforeEach
    void signInAsCenterManagerOfClientA() {
        world = testData.freshWorld();
        a = world.clientA();
        b = world.clientB();
        SignIn.as(a.centerManager());
    }

    @Test
    void centerManagerListsOnlyTheirOwnOrganisationsInHouseOperations() {
        assertThat(operations.listMine()).extracting(InHouseOperation::id).containsExactly(a.inHouseOperationId());
    }

    @Test
    void getReturnsTheOwnInHouseOperation() {
        assertThat(operations.get(a.inHouseOperationId())).isEqualTo(new InHouseOperation(a.inHouseOperationId(),
                a.mainCenterId(), a.mainCenterName(), a.inHouseOperationName(), EnumSet.of(Channel.EMAIL),
                TestData.IN_HOUSE_START, null, UnitStatus.ACTIVE, 0));
    }

    @Test
    void anotherOrganisationsInHouseOperationIsNotFoundOrNotAllowedWithoutRevealingItsName() {
        assertThatThrownBy(() -> operations.get(b.inHouseOperationId()))
                .isInstanceOf(NotFoundOrNotAllowedException.class)
                .hasMessageNotContaining(b.inHouseOperationName())
                .hasMessageNotContaining(b.name());
    }

    @Test
    void anotherOrganisationsInHouseOperationCannotBeUpdated() {
        InHouseOperation theirs = SignIn.as(b.centerManager(), () -> operations.get(b.inHouseOperationId()));
        assertThatThrownBy(() -> operations.update(theirs.id(), theirs.version(), new InHouseOperationData("Taken",
                theirs.centerId(), theirs.channels(), theirs.startDate(), null, UnitStatus.ENDED)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(SignIn.as(b.centerManager(), () -> operations.get(theirs.id()))).isEqualTo(theirs);
    }

    @Test
    void aContractIsNotAnInHouseOperation() {
        assertThatThrownBy(() -> operations.get(a.contractWithVendorA()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> operations.update(a.contractWithVendorA(), 0, operation("Not In-House")))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void centerManagerCreatesAnInHouseOperationForACenterWithoutOne() {
        long id = operations.create(new InHouseOperationData("  Second in-house ", a.secondCenterId(),
                EnumSet.of(Channel.PHONE, Channel.EMAIL), START, START.plusYears(1), UnitStatus.DRAFT));

        assertThat(operations.get(id)).isEqualTo(new InHouseOperation(id, a.secondCenterId(), a.secondCenterName(),
                "Second in-house", EnumSet.of(Channel.PHONE, Channel.EMAIL), START, START.plusYears(1),
                UnitStatus.DRAFT, 0));
        assertThat(SignIn.as(b.centerManager(), () -> operations.listMine())).extracting(InHouseOperation::id)
                .doesNotContain(id);
    }

    @Test
    void aCenterHasAtMostOneInHouseOperation() {
        assertThat(validationErrors(() -> operations.create(new InHouseOperationData("Second At Main",
                a.mainCenterId(), EnumSet.of(Channel.SOCIAL), START, null, UnitStatus.DRAFT))))
                .containsExactly(error("centerId", "validation.oneInHousePerCenter"));
        assertThat(operations.listMine()).hasSize(1);
    }

    @Test
    void anEndedInHouseOperationStillOccupiesItsCenter() {
        InHouseOperation existing = operations.get(a.inHouseOperationId());
        operations.update(existing.id(), existing.version(), new InHouseOperationData(existing.name(),
                existing.centerId(), existing.channels(), existing.startDate(), START, UnitStatus.ENDED));

        assertThat(validationErrors(() -> operations.create(new InHouseOperationData("Successor", a.mainCenterId(),
                EnumSet.of(Channel.EMAIL), START.plusDays(1), null, UnitStatus.ACTIVE))))
                .containsExactly(error("centerId", "validation.oneInHousePerCenter"));
    }

    @Test
    void movingAnInHouseOperationToACenterThatHasOneIsRefused() {
        long second = operations.create(operation("Second in-house"));
        InHouseOperation before = operations.get(second);

        assertThat(validationErrors(() -> operations.update(second, before.version(), new InHouseOperationData(
                before.name(), a.mainCenterId(), before.channels(), before.startDate(), null, before.status()))))
                .containsExactly(error("centerId", "validation.oneInHousePerCenter"));
        assertThat(operations.get(second)).isEqualTo(before);
    }

    @Test
    void updateKeepsItsOwnCenterAndNameAndRaisesTheVersion() {
        InHouseOperation before = operations.get(a.inHouseOperationId());

        operations.update(before.id(), before.version(), new InHouseOperationData(before.name().toUpperCase(),
                before.centerId(), EnumSet.of(Channel.EMAIL, Channel.SOCIAL), before.startDate(), START,
                UnitStatus.ENDED));

        InHouseOperation after = operations.get(before.id());
        assertThat(after.data()).isEqualTo(new InHouseOperationData(before.name().toUpperCase(), before.centerId(),
                EnumSet.of(Channel.EMAIL, Channel.SOCIAL), before.startDate(), START, UnitStatus.ENDED));
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void inHouseOperationsAreOnlyDraftActiveOrEnded() {
        for (UnitStatus status : EnumSet.of(UnitStatus.NOTICE_GIVEN, UnitStatus.CANCELLED)) {
            assertThat(validationErrors(() -> operations.create(new InHouseOperationData("Status " + status,
                    a.secondCenterId(), Set.of(Channel.PHONE), START, null, status))))
                    .as(status.name()).containsExactly(error("status", "validation.status"));
        }
        InHouseOperation existing = operations.get(a.inHouseOperationId());
        for (UnitStatus status : UnitStatus.IN_HOUSE_STATES) {
            operations.update(existing.id(), existing.version(), new InHouseOperationData(existing.name(),
                    existing.centerId(), existing.channels(), existing.startDate(), null, status));
            existing = operations.get(existing.id());
            assertThat(existing.status()).isEqualTo(status);
        }
    }

    @Test
    void createRequiresNameCenterChannelsStartAndStatus() {
        assertThat(validationErrors(() -> operations.create(new InHouseOperationData(null, null, Set.of(), null,
                null, null))))
                .containsExactlyInAnyOrder(
                        error("name", "validation.required"),
                        error("centerId", "validation.required"),
                        error("channels", "validation.channels"),
                        error("startDate", "validation.required"),
                        error("status", "validation.required"));
    }

    @Test
    void theCenterMustBeOneOfTheOwnOrganisation() {
        assertThat(validationErrors(() -> operations.create(new InHouseOperationData("At Other Center",
                b.secondCenterId(), Set.of(Channel.PHONE), START, null, UnitStatus.ACTIVE))))
                .containsExactly(error("centerId", "validation.center"));
        assertThat(SignIn.as(b.centerManager(), () -> operations.listMine())).hasSize(1);
    }

    @Test
    void theChannelsMustBeServedByTheCenter() {
        assertThat(validationErrors(() -> operations.create(new InHouseOperationData("Chat At Second",
                a.secondCenterId(), EnumSet.of(Channel.CHAT), START, null, UnitStatus.ACTIVE))))
                .containsExactly(error("channels", "validation.channelsOfCenter"));
    }

    @Test
    void endDateMustBeAfterTheStartDate() {
        assertThat(validationErrors(() -> operations.create(new InHouseOperationData("Same Day", a.secondCenterId(),
                Set.of(Channel.PHONE), START, START, UnitStatus.ACTIVE))))
                .containsExactly(error("endDate", "validation.endAfterStart"));
    }

    @Test
    void theNameMustDifferFromTheOrganisationsContracts() {
        assertThat(validationErrors(() -> operations.create(new InHouseOperationData(
                a.contractName(world.vendorA()).toLowerCase(), a.secondCenterId(), Set.of(Channel.PHONE), START, null,
                UnitStatus.ACTIVE)))).containsExactly(error("name", "validation.duplicateName"));
    }

    @Test
    void updateBasedOnAStaleVersionIsRefused() {
        InHouseOperation before = operations.get(a.inHouseOperationId());
        operations.update(before.id(), before.version(), before.data());
        InHouseOperation current = operations.get(before.id());

        assertThatThrownBy(() -> operations.update(before.id(), before.version(), new InHouseOperationData("Too Late",
                before.centerId(), before.channels(), before.startDate(), null, before.status())))
                .isInstanceOf(StaleDataException.class);
        assertThat(operations.get(before.id())).isEqualTo(current);
    }

    private InHouseOperationData operation(String name) {
        return new InHouseOperationData(name, a.secondCenterId(), EnumSet.of(Channel.PHONE), START, null,
                UnitStatus.ACTIVE);
    }
}
