package org.ccbench.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.ccbench.testsupport.Refusals.error;
import static org.ccbench.testsupport.Refusals.validationErrors;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
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
class ContactCenterServiceTest {

    @Autowired TestData testData;
    @Autowired ContactCenterService centers;

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
    void sourcingManagerListsOnlyTheirOwnOrganisationsCenters() {
        assertThat(centers.listMine()).extracting(ContactCenter::name)
                .containsExactly(a.mainCenterName(), a.secondCenterName());
    }

    @Test
    void centerManagerListsTheSameCentersOfTheirOrganisation() {
        SignIn.as(b.centerManager());
        assertThat(centers.listMine()).extracting(ContactCenter::id)
                .containsExactly(b.mainCenterId(), b.secondCenterId());
    }

    @Test
    void getReturnsTheOwnCenterWithItsChannels() {
        ContactCenter center = centers.get(a.mainCenterId());
        assertThat(center.organisationId()).isEqualTo(a.id());
        assertThat(center.channels()).containsExactlyInAnyOrder(Channel.PHONE, Channel.CHAT, Channel.EMAIL,
                Channel.SOCIAL);
    }

    @Test
    void anotherOrganisationsCenterIsNotFoundOrNotAllowedWithoutRevealingItsName() {
        assertThatThrownBy(() -> centers.get(b.mainCenterId()))
                .isInstanceOf(NotFoundOrNotAllowedException.class)
                .hasMessageNotContaining(b.mainCenterName())
                .hasMessageNotContaining(b.name());
    }

    @Test
    void anotherOrganisationsCenterLooksTheSameAsAMissingOne() {
        String otherOrganisations = messageOf(() -> centers.get(b.mainCenterId()));
        String missing = messageOf(() -> centers.get(Long.MAX_VALUE));
        assertThat(otherOrganisations.replace(String.valueOf(b.mainCenterId()), "ID"))
                .isEqualTo(missing.replace(String.valueOf(Long.MAX_VALUE), "ID"));
    }

    @Test
    void anotherOrganisationsCenterCannotBeUpdated() {
        ContactCenter before = SignIn.as(b.sourcingManager(), () -> centers.get(b.secondCenterId()));

        assertThatThrownBy(() -> centers.update(before.id(), before.version(), new ContactCenterData("Taken Over",
                Sector.BANKING, BigDecimal.TEN, Set.of(Channel.PHONE, Channel.EMAIL), CenterStatus.CLOSED)))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
        assertThat(SignIn.as(b.sourcingManager(), () -> centers.get(b.secondCenterId()))).isEqualTo(before);
    }

    @Test
    void sourcingManagerCreatesACenterInTheirOwnOrganisation() {
        long id = centers.create(new ContactCenterData("  New Center ", Sector.RETAIL_ECOMMERCE,
                new BigDecimal("12.5"), EnumSet.of(Channel.CHAT, Channel.MESSAGING), CenterStatus.DRAFT));

        ContactCenter created = centers.get(id);
        assertThat(created.organisationId()).isEqualTo(a.id());
        assertThat(created.name()).isEqualTo("New Center");
        assertThat(created.sector()).isEqualTo(Sector.RETAIL_ECOMMERCE);
        assertThat(created.agentFte()).isEqualByComparingTo("12.5");
        assertThat(created.channels()).containsExactlyInAnyOrder(Channel.CHAT, Channel.MESSAGING);
        assertThat(created.status()).isEqualTo(CenterStatus.DRAFT);
        assertThat(created.version()).isZero();
        assertThat(SignIn.as(b.sourcingManager(), () -> centers.listMine())).extracting(ContactCenter::id)
                .doesNotContain(id);
    }

    @Test
    void centerManagerMayCreateACenterToo() {
        SignIn.as(a.centerManager());
        long id = centers.create(center("Managers Center", Channel.PHONE));
        assertThat(centers.get(id).organisationId()).isEqualTo(a.id());
    }

    @Test
    void createRequiresNameSectorFteChannelsAndStatus() {
        assertThat(validationErrors(() -> centers.create(new ContactCenterData(" ", null, null, null, null))))
                .containsExactlyInAnyOrder(
                        error("name", "validation.required"),
                        error("sector", "validation.required"),
                        error("agentFte", "validation.required"),
                        error("channels", "validation.channels"),
                        error("status", "validation.required"));
        assertThat(validationErrors(() -> centers.create(center("No Channels"))))
                .containsExactly(error("channels", "validation.channels"));
    }

    @Test
    void duplicateNameWithinTheOrganisationIsRefusedIgnoringCase() {
        assertThat(validationErrors(() -> centers.create(center(" " + a.secondCenterName().toUpperCase(),
                Channel.PHONE)))).containsExactly(error("name", "validation.duplicateName"));
        assertThat(centers.listMine()).hasSize(2);
    }

    @Test
    void anotherOrganisationsCenterNameMayBeReused() {
        long id = centers.create(center(b.mainCenterName(), Channel.PHONE));
        assertThat(centers.get(id).name()).isEqualTo(b.mainCenterName());
    }

    @Test
    void nameMayHave200CharactersButNotMore() {
        centers.create(center("C".repeat(200), Channel.PHONE));
        assertThat(validationErrors(() -> centers.create(center("D".repeat(201), Channel.PHONE))))
                .containsExactly(error("name", "validation.tooLong"));
    }

    @Test
    void agentFteRangesFromZeroToBelowOneHundredThousand() {
        centers.create(center("Zero", BigDecimal.ZERO));
        centers.create(center("Largest", new BigDecimal("99999.9")));

        for (String fte : new String[] {"-0.1", "100000", "250000"}) {
            assertThat(validationErrors(() -> centers.create(center("Out of range " + fte, new BigDecimal(fte)))))
                    .as(fte).containsExactly(error("agentFte", "validation.fteRange"));
        }
    }

    @Test
    void agentFteHasAtMostOneDecimalAsStored() {
        for (String fte : new String[] {"12.34", "99999.99"}) {
            assertThat(validationErrors(() -> centers.create(center("Precise " + fte, new BigDecimal(fte)))))
                    .as(fte).contains(error("agentFte", "validation.oneDecimal"));
        }
        centers.create(center("Twelve and a half", new BigDecimal("12.50")));
    }

    @Test
    void channelStillInScopeIsReportedTogetherWithOtherErrors() {
        ContactCenter before = centers.get(a.mainCenterId());
        Set<Channel> fewer = EnumSet.copyOf(before.channels());
        fewer.remove(Channel.PHONE);

        assertThat(validationErrors(() -> centers.update(before.id(), before.version(), new ContactCenterData(
                a.secondCenterName(), before.sector(), before.agentFte(), fewer, before.status()))))
                .containsExactlyInAnyOrder(error("name", "validation.duplicateName"),
                        error("channels", "validation.channelsInScope"));
    }

    @Test
    void updateChangesTheCenterAndRaisesItsVersion() {
        ContactCenter before = centers.get(a.secondCenterId());

        centers.update(before.id(), before.version(), new ContactCenterData("Second Renamed", Sector.HEALTHCARE,
                new BigDecimal("55.5"), EnumSet.of(Channel.PHONE, Channel.EMAIL, Channel.SELF_SERVICE),
                CenterStatus.CLOSED));

        ContactCenter after = centers.get(before.id());
        assertThat(after.data()).isEqualTo(new ContactCenterData("Second Renamed", Sector.HEALTHCARE,
                after.agentFte(), EnumSet.of(Channel.PHONE, Channel.EMAIL, Channel.SELF_SERVICE), CenterStatus.CLOSED));
        assertThat(after.agentFte()).isEqualByComparingTo("55.5");
        assertThat(after.version()).isEqualTo(before.version() + 1);
    }

    @Test
    void aCenterMayKeepItsOwnName() {
        ContactCenter before = centers.get(a.secondCenterId());
        centers.update(before.id(), before.version(), new ContactCenterData(before.name().toLowerCase(),
                before.sector(), BigDecimal.ONE, before.channels(), before.status()));
        assertThat(centers.get(before.id()).name()).isEqualTo(before.name().toLowerCase());
    }

    @Test
    void renamingToAnotherOwnCentersNameIsRefused() {
        ContactCenter before = centers.get(a.secondCenterId());
        assertThat(validationErrors(() -> centers.update(before.id(), before.version(), new ContactCenterData(
                a.mainCenterName(), before.sector(), before.agentFte(), before.channels(), before.status()))))
                .containsExactly(error("name", "validation.duplicateName"));
    }

    @Test
    void removingAChannelThatAContractCoversIsRefusedAtTheChannels() {
        assertChannelRemovalRefused(Channel.PHONE);
    }

    @Test
    void removingAChannelThatTheInHouseOperationCoversIsRefusedAtTheChannels() {
        assertChannelRemovalRefused(Channel.EMAIL);
    }

    @Test
    void removingAChannelThatAnEndedContractCoversIsRefusedToo() {
        long centerId = testData.center(a.id(), "Center With Old Contract", EnumSet.of(Channel.PHONE, Channel.CHAT));
        testData.contract(a.id(), centerId, world.vendorB().id(), "Old Contract", EnumSet.of(Channel.CHAT),
                UnitStatus.ENDED);
        ContactCenter before = centers.get(centerId);

        assertThat(validationErrors(() -> centers.update(centerId, before.version(), new ContactCenterData(
                before.name(), before.sector(), before.agentFte(), EnumSet.of(Channel.PHONE), before.status()))))
                .containsExactly(error("channels", "validation.channelsInScope"));
    }

    @Test
    void removingAChannelNothingCoversIsAllowed() {
        ContactCenter before = centers.get(a.mainCenterId());

        centers.update(before.id(), before.version(), new ContactCenterData(before.name(), before.sector(),
                before.agentFte(), EnumSet.of(Channel.PHONE, Channel.CHAT, Channel.EMAIL), before.status()));

        assertThat(centers.get(before.id()).channels()).doesNotContain(Channel.SOCIAL);
    }

    @Test
    void channelsInScopeOfAnotherCenterDoNotBlockThisOne() {
        ContactCenter before = centers.get(a.secondCenterId());
        centers.update(before.id(), before.version(), new ContactCenterData(before.name(), before.sector(),
                before.agentFte(), EnumSet.of(Channel.SELF_SERVICE), before.status()));
        assertThat(centers.get(before.id()).channels()).containsExactly(Channel.SELF_SERVICE);
    }

    @Test
    void updateBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        ContactCenter before = centers.get(a.secondCenterId());
        centers.update(before.id(), before.version(), before.data());
        ContactCenter current = centers.get(before.id());

        assertThatThrownBy(() -> centers.update(before.id(), before.version(), new ContactCenterData("Too Late",
                before.sector(), before.agentFte(), before.channels(), before.status())))
                .isInstanceOf(StaleDataException.class);
        assertThat(centers.get(before.id())).isEqualTo(current);
    }

    private void assertChannelRemovalRefused(Channel removed) {
        ContactCenter before = centers.get(a.mainCenterId());
        Set<Channel> fewer = EnumSet.copyOf(before.channels());
        fewer.remove(removed);

        assertThat(validationErrors(() -> centers.update(before.id(), before.version(), new ContactCenterData(
                before.name(), before.sector(), before.agentFte(), fewer, before.status()))))
                .containsExactly(error("channels", "validation.channelsInScope"));
        assertThat(centers.get(before.id())).isEqualTo(before);
    }

    private static ContactCenterData center(String name, Channel... channels) {
        return new ContactCenterData(name, Sector.OTHER, BigDecimal.TEN,
                channels.length == 0 ? Set.of() : EnumSet.of(channels[0], channels), CenterStatus.ACTIVE);
    }

    private static ContactCenterData center(String name, BigDecimal fte) {
        return new ContactCenterData(name, Sector.OTHER, fte, Set.of(Channel.PHONE), CenterStatus.ACTIVE);
    }

    private static String messageOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).isInstanceOf(NotFoundOrNotAllowedException.class);
        return thrown.getMessage();
    }
}
