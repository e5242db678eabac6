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
import org.springframework.security.authorization.AuthorizationDeniedException;

@ServiceIntegrationTest
class ContractServiceTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Autowired TestData testData;
    @Autowired ContractService contracts;

    World world;
    World.Client a;
    World.Client b;

    @BeforeEach
    void signInAsSourcingManagerOfClientA() {
        world = testData.freshWorld();
        a = world.clientA();
        b = world.clientB();
        SignIn.as(a.sourcingManager());
    }

    @Test
    void sourcingManagerListsOnlyTheirOwnOrganisationsContracts() {
        assertThat(contracts.listMine()).extracting(Contract::id)
                .containsExactly(a.contractWithVendorA(), a.contractWithVendorB());
    }

    @Test
    void listedContractsDoNotIncludeTheInHouseOperation() {
        assertThat(contracts.listMine()).extracting(Contract::name).doesNotContain(a.inHouseOperationName());
    }

    @Test
    void sourcingManagerCreatesAContractForTheirOwnCenter() {
        long id = contracts.create(new ContractData("  New Contract ", a.mainCenterId(), world.vendorB().id(),
                EnumSet.of(Channel.PHONE, Channel.SOCIAL), START, START.plusYears(2), UnitStatus.DRAFT));

        Contract created = contracts.get(id);
        assertThat(created).isEqualTo(new Contract(id, new OrganisationRef(a.id(), a.name()), a.mainCenterId(),
                a.mainCenterName(), new OrganisationRef(world.vendorB().id(), world.vendorB().name()), "New Contract",
                EnumSet.of(Channel.PHONE, Channel.SOCIAL), START, START.plusYears(2), UnitStatus.DRAFT, 0));
    }

    @Test
    void aContractMayBeOpenEnded() {
        long id = contracts.create(contract("Open Ended", START, null));
        assertThat(contracts.get(id).endDate()).isNull();
    }

    @Test
    void sourcingManagerUpdatesTheirContractAndItsVersionGoesUp() {
        Contract before = contracts.get(a.contractWithVendorA());

        contracts.update(before.id(), before.version(), new ContractData("Renamed", a.secondCenterId(),
                world.vendorB().id(), EnumSet.of(Channel.EMAIL), START, null, UnitStatus.NOTICE_GIVEN));

        Contract after = contracts.get(before.id());
        assertThat(after.data()).isEqualTo(new ContractData("Renamed", a.secondCenterId(), world.vendorB().id(),
                EnumSet.of(Channel.EMAIL), START, null, UnitStatus.NOTICE_GIVEN));
        assertThat(after.centerName()).isEqualTo(a.secondCenterName());
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void everyContractStatusMayBeUsed() {
        Contract contract = contracts.get(a.contractWithVendorA());
        for (UnitStatus status : UnitStatus.values()) {
            ContractData data = contract.data();
            contracts.update(contract.id(), contract.version(), new ContractData(data.name(), data.centerId(),
                    data.vendorId(), data.channels(), data.startDate(), data.endDate(), status));
            contract = contracts.get(contract.id());
            assertThat(contract.status()).isEqualTo(status);
        }
    }

    @Test
    void createRequiresNameCenterVendorChannelsStartAndStatus() {
        assertThat(validationErrors(() -> contracts.create(new ContractData(" ", null, null, null, null, null, null))))
                .containsExactlyInAnyOrder(
                        error("name", "validation.required"),
                        error("centerId", "validation.required"),
                        error("vendorId", "validation.required"),
                        error("channels", "validation.channels"),
                        error("startDate", "validation.required"),
                        error("status", "validation.required"));
    }

    @Test
    void endDateMustBeAfterTheStartDate() {
        assertThat(validationErrors(() -> contracts.create(contract("Same Day", START, START))))
                .containsExactly(error("endDate", "validation.endAfterStart"));
        assertThat(validationErrors(() -> contracts.create(contract("Backwards", START, START.minusDays(1)))))
                .containsExactly(error("endDate", "validation.endAfterStart"));

        contracts.create(contract("One Day", START, START.plusDays(1)));
        assertThat(contracts.listMine()).extracting(Contract::name).containsOnlyOnce("One Day")
                .doesNotContain("Same Day", "Backwards");
    }

    @Test
    void theVendorMustBeAVendorOrganisation() {
        for (long notAVendor : new long[] {b.id(), a.id(), Long.MAX_VALUE}) {
            assertThat(validationErrors(() -> contracts.create(new ContractData("Wrong Vendor", a.mainCenterId(),
                    notAVendor, Set.of(Channel.PHONE), START, null, UnitStatus.DRAFT))))
                    .containsExactly(error("vendorId", "validation.vendor"));
        }
    }

    @Test
    void theCenterMustBeOneOfTheOwnOrganisation() {
        assertThat(validationErrors(() -> contracts.create(new ContractData("Other Center", b.mainCenterId(),
                world.vendorA().id(), Set.of(Channel.PHONE), START, null, UnitStatus.DRAFT))))
                .containsExactly(error("centerId", "validation.center"));
        assertThat(validationErrors(() -> contracts.create(new ContractData("Missing Center", Long.MAX_VALUE,
                world.vendorA().id(), Set.of(Channel.PHONE), START, null, UnitStatus.DRAFT))))
                .containsExactly(error("centerId", "validation.center"));
    }

    @Test
    void theChannelsMustBeServedByTheCenter() {
        assertThat(validationErrors(() -> contracts.create(new ContractData("Social At Second", a.secondCenterId(),
                world.vendorA().id(), EnumSet.of(Channel.PHONE, Channel.SOCIAL), START, null, UnitStatus.DRAFT))))
                .containsExactly(error("channels", "validation.channelsOfCenter"));
    }

    @Test
    void duplicateNameIsRefusedIgnoringCaseAlsoAgainstTheInHouseOperation() {
        assertThat(validationErrors(() -> contracts.create(contract(
                a.contractName(world.vendorA()).toUpperCase(), START, null))))
                .containsExactly(error("name", "validation.duplicateName"));
        assertThat(validationErrors(() -> contracts.create(contract(" " + a.inHouseOperationName() + " ", START,
                null)))).containsExactly(error("name", "validation.duplicateName"));
    }

    @Test
    void anotherClientsContractNameMayBeReused() {
        long id = contracts.create(contract(b.contractName(world.vendorA()), START, null));
        assertThat(contracts.get(id).name()).isEqualTo(b.contractName(world.vendorA()));
    }

    @Test
    void aContractMayKeepItsOwnName() {
        Contract before = contracts.get(a.contractWithVendorB());
        ContractData data = before.data();
        contracts.update(before.id(), before.version(), new ContractData(data.name().toLowerCase(), data.centerId(),
                data.vendorId(), data.channels(), data.startDate(), data.endDate(), data.status()));
        assertThat(contracts.get(before.id()).name()).isEqualTo(data.name().toLowerCase());
    }

    @Test
    void updateValidatesLikeCreateAndChangesNothing() {
        Contract before = contracts.get(a.contractWithVendorA());
        assertThat(validationErrors(() -> contracts.update(before.id(), before.version(), new ContractData(
                a.contractName(world.vendorB()), b.mainCenterId(), b.id(), before.channels(), START,
                START.minusYears(1), before.status()))))
                .containsExactlyInAnyOrder(
                        error("name", "validation.duplicateName"),
                        error("centerId", "validation.center"),
                        error("vendorId", "validation.vendor"),
                        error("endDate", "validation.endAfterStart"));
        assertThat(contracts.get(before.id())).isEqualTo(before);
    }

    @Test
    void updateBasedOnAStaleVersionIsRefused() {
        Contract before = contracts.get(a.contractWithVendorA());
        contracts.update(before.id(), before.version(), before.data());
        Contract current = contracts.get(before.id());

        ContractData data = before.data();
        assertThatThrownBy(() -> contracts.update(before.id(), before.version(), new ContractData("Too Late",
                data.centerId(), data.vendorId(), data.channels(), data.startDate(), data.endDate(), data.status())))
                .isInstanceOf(StaleDataException.class);
        assertThat(contracts.get(before.id())).isEqualTo(current);
    }

    @Test
    void sourcingManagerCannotSeeAnotherClientsContract() {
        assertThatThrownBy(() -> contracts.get(b.contractWithVendorA()))
                .isInstanceOf(NotFoundOrNotAllowedException.class)
                .hasMessageNotContaining(b.contractName(world.vendorA()))
                .hasMessageNotContaining(b.name());
    }

    @Test
    void sourcingManagerCannotUpdateAnotherClientsContract() {
        Contract theirs = SignIn.as(b.sourcingManager(), () -> contracts.get(b.contractWithVendorA()));

        ContractData data = theirs.data();
        assertThatThrownBy(() -> contracts.update(theirs.id(), theirs.version(), new ContractData("Hijacked",
                data.centerId(), data.vendorId(), data.channels(), data.startDate(), data.endDate(), data.status())))
                .isInstanceOf(NotFoundOrNotAllowedException.class)
                .hasMessageNotContaining(theirs.name());
        assertThat(SignIn.as(b.sourcingManager(), () -> contracts.get(theirs.id()))).isEqualTo(theirs);
    }

    @Test
    void anInHouseOperationIsNotAContract() {
        assertThatThrownBy(() -> contracts.get(a.inHouseOperationId()))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThatThrownBy(() -> contracts.update(a.inHouseOperationId(), 0, contract("Not A Contract", START, null)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void sourcingManagerMayEditOnlyTheirOwnOrganisationsContracts() {
        Contract mine = contracts.get(a.contractWithVendorA());
        Contract theirs = SignIn.as(b.sourcingManager(), () -> contracts.get(b.contractWithVendorA()));

        assertThat(contracts.canEdit(mine)).isTrue();
        assertThat(contracts.canEdit(theirs)).isFalse();
    }

    @Test
    void vendorListsExactlyTheContractsWhereItIsTheVendor() {
        SignIn.as(world.vendorA().user());
        assertThat(contracts.listMine()).extracting(Contract::id)
                .containsExactlyInAnyOrder(a.contractWithVendorA(), b.contractWithVendorA());
        SignIn.as(world.vendorB().user());
        assertThat(contracts.listMine()).extracting(Contract::id)
                .containsExactlyInAnyOrder(a.contractWithVendorB(), b.contractWithVendorB());
    }

    @Test
    void vendorReadsItsContractButMayNotEditIt() {
        SignIn.as(world.vendorA().user());

        Contract contract = contracts.get(b.contractWithVendorA());

        assertThat(contract).isEqualTo(SignIn.as(b.sourcingManager(), () -> contracts.get(b.contractWithVendorA())));
        assertThat(contract.vendor().id()).isEqualTo(world.vendorA().id());
        assertThat(contracts.canEdit(contract)).isFalse();
    }

    @Test
    void vendorCannotChangeItsContract() {
        Contract contract = contracts.get(a.contractWithVendorA());
        SignIn.as(world.vendorA().user());
        ContractData data = contract.data();

        assertThatThrownBy(() -> contracts.update(contract.id(), contract.version(), new ContractData("By Vendor",
                data.centerId(), data.vendorId(), data.channels(), data.startDate(), data.endDate(), data.status())))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> contracts.create(contract("By Vendor", START, null)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(contracts.get(contract.id())).isEqualTo(contract);
    }

    @Test
    void vendorCannotSeeAnotherVendorsContract() {
        SignIn.as(world.vendorA().user());
        assertThatThrownBy(() -> contracts.get(a.contractWithVendorB()))
                .isInstanceOf(NotFoundOrNotAllowedException.class)
                .hasMessageNotContaining(a.contractName(world.vendorB()))
                .hasMessageNotContaining(world.vendorB().name())
                .hasMessageNotContaining(a.name());
    }

    private ContractData contract(String name, LocalDate start, LocalDate end) {
        return new ContractData(name, a.mainCenterId(), world.vendorA().id(), EnumSet.of(Channel.PHONE), start, end,
                UnitStatus.ACTIVE);
    }
}
