package org.ccbench.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.testsupport.Refusals.error;
import static org.ccbench.testsupport.Refusals.validationErrors;

import java.util.EnumSet;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.StaleDataException;
import org.ccbench.organisation.internal.OrganisationRepository;
import org.ccbench.security.Role;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;

@ServiceIntegrationTest
class OrganisationServiceTest {

    @Autowired TestData testData;
    @Autowired OrganisationService organisations;
    @Autowired OrganisationRepository repository;

    World world;

    @BeforeEach
    void signInAsAdministrator() {
        world = testData.freshWorld();
        SignIn.as(world.admin());
    }

    @Test
    void administratorCreatesAnOrganisationWithItsNameTrimmed() {
        long id = organisations.create(new OrganisationData(OrganisationKind.CLIENT, "  Acme Energie  ",
                Sector.ENERGY_UTILITIES, "BE"));

        assertThat(organisations.list()).contains(
                new Organisation(id, OrganisationKind.CLIENT, "Acme Energie", Sector.ENERGY_UTILITIES, "BE", 0));
    }

    @Test
    void listShowsAllOrganisationsSortedByName() {
        assertThat(organisations.list()).extracting(Organisation::name)
                .containsExactly("Client A", "Client B", "Vendor A", "Vendor B");
    }

    @Test
    void listRefsShowsOnlyOrganisationsOfTheAskedKind() {
        assertThat(organisations.listRefs(OrganisationKind.CLIENT)).containsExactly(
                new OrganisationRef(world.clientA().id(), "Client A"), new OrganisationRef(world.clientB().id(), "Client B"));
        assertThat(organisations.listRefs(OrganisationKind.VENDOR)).containsExactly(
                new OrganisationRef(world.vendorA().id(), "Vendor A"), new OrganisationRef(world.vendorB().id(), "Vendor B"));
    }

    @Test
    void sourcingManagerSeesTheVendorNamesToContractWith() {
        SignIn.as(world.clientA().sourcingManager());
        assertThat(organisations.listVendors()).extracting(OrganisationRef::name).containsExactly("Vendor A", "Vendor B");
    }

    @Test
    void everyOrganisationUserSeesTheirOwnOrganisation() {
        SignIn.as(world.clientB().centerManager());
        assertThat(organisations.myOrganisation().name()).isEqualTo("Client B");
        SignIn.as(world.vendorA().user());
        assertThat(organisations.myOrganisation().id()).isEqualTo(world.vendorA().id());
    }

    @Test
    void administratorHasNoOrganisationOfTheirOwn() {
        assertThatThrownBy(() -> organisations.myOrganisation())
                .isExactlyInstanceOf(AccessDeniedException.class);
    }

    @Test
    void createRequiresKindNameSectorAndCountry() {
        assertThat(validationErrors(() -> organisations.create(new OrganisationData(null, "  ", null, null))))
                .containsExactlyInAnyOrder(
                        error("kind", "validation.required"),
                        error("name", "validation.required"),
                        error("sector", "validation.required"),
                        error("country", "validation.country"));
    }

    @Test
    void countryMustBeAnUpperCaseIsoCountryCode() {
        for (String country : new String[] {"XX", "nl", "NLD", ""}) {
            assertThat(validationErrors(() -> organisations.create(
                    new OrganisationData(OrganisationKind.CLIENT, "Acme " + country, Sector.OTHER, country))))
                    .as(country).containsExactly(error("country", "validation.country"));
        }
    }

    @Test
    void nameMayHave200CharactersButNotMore() {
        String longest = "N".repeat(200);
        organisations.create(new OrganisationData(OrganisationKind.VENDOR, longest, Sector.OTHER, "NL"));

        assertThat(validationErrors(() -> organisations.create(
                new OrganisationData(OrganisationKind.VENDOR, "M".repeat(201), Sector.OTHER, "NL"))))
                .containsExactly(error("name", "validation.tooLong"));
    }

    @Test
    void duplicateNameIsRefusedIgnoringCaseAndSurroundingSpaces() {
        assertThat(validationErrors(() -> organisations.create(
                new OrganisationData(OrganisationKind.VENDOR, "  vENDOR a ", Sector.OTHER, "NL"))))
                .containsExactly(error("name", "validation.duplicateName"));
        assertThat(organisations.list()).hasSize(4);
    }

    @Test
    void administratorUpdatesAnOrganisationAndItsVersionGoesUp() {
        Organisation before = repository.findById(world.clientA().id()).orElseThrow();

        organisations.update(before.id(), before.version(),
                new OrganisationData(OrganisationKind.CLIENT, "Client A Renamed", Sector.BANKING, "LU"));

        assertThat(repository.findById(before.id())).contains(new Organisation(before.id(), OrganisationKind.CLIENT,
                "Client A Renamed", Sector.BANKING, "LU", before.version() + 1));
    }

    @Test
    void anOrganisationMayKeepItsOwnNameInAnotherCase() {
        Organisation before = repository.findById(world.clientA().id()).orElseThrow();
        organisations.update(before.id(), before.version(),
                new OrganisationData(OrganisationKind.CLIENT, "CLIENT A", Sector.ENERGY_UTILITIES, "NL"));
        assertThat(repository.findById(before.id()).orElseThrow().name()).isEqualTo("CLIENT A");
    }

    @Test
    void renamingToAnotherOrganisationsNameIsRefused() {
        Organisation before = repository.findById(world.clientA().id()).orElseThrow();
        assertThat(validationErrors(() -> organisations.update(before.id(), before.version(),
                new OrganisationData(OrganisationKind.CLIENT, "client b", Sector.ENERGY_UTILITIES, "NL"))))
                .containsExactly(error("name", "validation.duplicateName"));
        assertThat(repository.findById(before.id())).contains(before);
    }

    @Test
    void updateBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        Organisation before = repository.findById(world.vendorA().id()).orElseThrow();
        organisations.update(before.id(), before.version(),
                new OrganisationData(OrganisationKind.VENDOR, "Vendor A First", Sector.OTHER, "NL"));

        assertThatThrownBy(() -> organisations.update(before.id(), before.version(),
                new OrganisationData(OrganisationKind.VENDOR, "Vendor A Second", Sector.OTHER, "NL")))
                .isInstanceOf(StaleDataException.class);
        assertThat(repository.findById(before.id()).orElseThrow().name()).isEqualTo("Vendor A First");
    }

    @Test
    void updatingAnUnknownOrganisationIsNotFound() {
        assertThatThrownBy(() -> organisations.update(Long.MAX_VALUE, 0,
                new OrganisationData(OrganisationKind.VENDOR, "Nobody", Sector.OTHER, "NL")))
                .isInstanceOf(NotFoundOrNotAllowedException.class);
    }

    @Test
    void kindCanChangeWhileTheOrganisationHasNothingAttached() {
        long id = testData.organisation(OrganisationKind.CLIENT, "Empty Org");
        organisations.update(id, 0, new OrganisationData(OrganisationKind.VENDOR, "Empty Org", Sector.OTHER, "NL"));
        assertThat(repository.findById(id).orElseThrow().kind()).isEqualTo(OrganisationKind.VENDOR);
    }

    @Test
    void kindCannotChangeOnceTheOrganisationHasUsers() {
        long id = testData.organisation(OrganisationKind.VENDOR, "Staffed Vendor");
        testData.user("staff@staffed.example", "Staff", id, Role.VENDOR);

        assertKindChangeRefused(id, OrganisationKind.CLIENT);
    }

    @Test
    void kindCannotChangeOnceTheOrganisationHasCenters() {
        long id = testData.organisation(OrganisationKind.CLIENT, "Client With Center");
        testData.center(id, "Only Center", EnumSet.of(Channel.PHONE));

        assertKindChangeRefused(id, OrganisationKind.VENDOR);
    }

    @Test
    void kindCannotChangeOnceTheVendorHasContracts() {
        long id = testData.organisation(OrganisationKind.VENDOR, "Contracted Vendor");
        testData.contract(world.clientA().id(), world.clientA().mainCenterId(), id, "Contract With New Vendor",
                EnumSet.of(Channel.SOCIAL));

        assertKindChangeRefused(id, OrganisationKind.CLIENT);
    }

    @Test
    void kindOfAClientWithUsersCentersAndContractsCannotChangeButItsOtherFieldsCan() {
        Organisation clientA = repository.findById(world.clientA().id()).orElseThrow();
        assertKindChangeRefused(clientA.id(), OrganisationKind.VENDOR);

        organisations.update(clientA.id(), clientA.version(),
                new OrganisationData(OrganisationKind.CLIENT, "Client A", Sector.HOUSING, "BE"));
        assertThat(repository.findById(clientA.id()).orElseThrow().sector()).isEqualTo(Sector.HOUSING);
    }

    @Test
    void aRefusedKindChangeIsReportedTogetherWithOtherErrors() {
        Organisation vendorA = repository.findById(world.vendorA().id()).orElseThrow();
        assertThat(validationErrors(() -> organisations.update(vendorA.id(), vendorA.version(),
                new OrganisationData(OrganisationKind.CLIENT, "Vendor B", Sector.OTHER, "ZZ"))))
                .containsExactlyInAnyOrder(
                        error("name", "validation.duplicateName"),
                        error("country", "validation.country"),
                        error("kind", "validation.organisation.kindInUse"));
    }

    @Test
    void nonAdministratorsCannotMaintainOrganisations() {
        SignIn.as(world.clientA().sourcingManager());
        assertThatThrownBy(() -> organisations.update(world.clientA().id(), 0,
                new OrganisationData(OrganisationKind.CLIENT, "Mine Now", Sector.OTHER, "NL")))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignIn.as(world.admin());
        assertThat(repository.findById(world.clientA().id()).orElseThrow().name()).isEqualTo("Client A");
    }

    private void assertKindChangeRefused(long id, OrganisationKind newKind) {
        Organisation before = repository.findById(id).orElseThrow();
        assertThat(validationErrors(() -> organisations.update(id, before.version(),
                new OrganisationData(newKind, before.name(), before.sector(), before.country()))))
                .containsExactly(error("kind", "validation.organisation.kindInUse"));
        assertThat(repository.findById(id)).contains(before);
    }
}
