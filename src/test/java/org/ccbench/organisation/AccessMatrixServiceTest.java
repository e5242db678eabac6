package org.ccbench.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ccbench.organisation.AccessMatrixServiceTest.Caller.ADMIN;
import static org.ccbench.organisation.AccessMatrixServiceTest.Caller.ANONYMOUS;
import static org.ccbench.organisation.AccessMatrixServiceTest.Caller.CENTER_MANAGER;
import static org.ccbench.organisation.AccessMatrixServiceTest.Caller.SOURCING_MANAGER;
import static org.ccbench.organisation.AccessMatrixServiceTest.Caller.VENDOR;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.ccbench.organisation.internal.ContactCenterRepository;
import org.ccbench.organisation.internal.OrganisationRepository;
import org.ccbench.organisation.internal.ReportingUnitRepository;
import org.ccbench.organisation.internal.UserRepository;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.testsupport.ServiceIntegrationTest;
import org.ccbench.testsupport.SignIn;
import org.ccbench.testsupport.TestData;
import org.ccbench.testsupport.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Who may call which service method. Every public method of every service is listed with the callers that may
 * use it; each allowed call is made with valid data for the caller's organisation and must succeed, each other
 * call must be refused before anything happens.
 */
@ServiceIntegrationTest
class AccessMatrixServiceTest {

    enum Caller { ADMIN, SOURCING_MANAGER, CENTER_MANAGER, VENDOR, ANONYMOUS }

    private static final Set<Class<?>> SERVICES = Set.of(OrganisationService.class, UserAccountService.class,
            ContactCenterService.class, ContractService.class, InHouseOperationService.class);

    private static final Set<Caller> SIGNED_IN = EnumSet.of(ADMIN, SOURCING_MANAGER, CENTER_MANAGER, VENDOR);
    private static final Set<Caller> WITH_ORGANISATION = EnumSet.of(SOURCING_MANAGER, CENTER_MANAGER, VENDOR);

    /** Service method → the callers allowed to use it. */
    private static final Map<String, Set<Caller>> ALLOWED = new LinkedHashMap<>();

    static {
        ALLOWED.put("OrganisationService.list", EnumSet.of(ADMIN));
        ALLOWED.put("OrganisationService.listRefs", EnumSet.of(ADMIN));
        ALLOWED.put("OrganisationService.listVendors", EnumSet.of(SOURCING_MANAGER));
        ALLOWED.put("OrganisationService.myOrganisation", WITH_ORGANISATION);
        ALLOWED.put("OrganisationService.create", EnumSet.of(ADMIN));
        ALLOWED.put("OrganisationService.update", EnumSet.of(ADMIN));

        ALLOWED.put("UserAccountService.list", EnumSet.of(ADMIN));
        ALLOWED.put("UserAccountService.create", EnumSet.of(ADMIN));
        ALLOWED.put("UserAccountService.update", EnumSet.of(ADMIN));
        ALLOWED.put("UserAccountService.setEnabled", EnumSet.of(ADMIN));
        ALLOWED.put("UserAccountService.resetPassword", EnumSet.of(ADMIN));
        ALLOWED.put("UserAccountService.changeMyLocale", SIGNED_IN);
        ALLOWED.put("UserAccountService.changeMyPassword", SIGNED_IN);
        ALLOWED.put("UserAccountService.lockedSignIns", EnumSet.of(ADMIN));
        ALLOWED.put("UserAccountService.unlockSignIn", EnumSet.of(ADMIN));

        ALLOWED.put("ContactCenterService.listMine", EnumSet.of(SOURCING_MANAGER, CENTER_MANAGER));
        ALLOWED.put("ContactCenterService.get", EnumSet.of(SOURCING_MANAGER, CENTER_MANAGER));
        ALLOWED.put("ContactCenterService.create", EnumSet.of(SOURCING_MANAGER, CENTER_MANAGER));
        ALLOWED.put("ContactCenterService.update", EnumSet.of(SOURCING_MANAGER, CENTER_MANAGER));

        ALLOWED.put("ContractService.listMine", EnumSet.of(SOURCING_MANAGER, VENDOR));
        ALLOWED.put("ContractService.get", EnumSet.of(SOURCING_MANAGER, VENDOR));
        ALLOWED.put("ContractService.canEdit", EnumSet.of(SOURCING_MANAGER, VENDOR));
        ALLOWED.put("ContractService.create", EnumSet.of(SOURCING_MANAGER));
        ALLOWED.put("ContractService.update", EnumSet.of(SOURCING_MANAGER));

        ALLOWED.put("InHouseOperationService.listMine", EnumSet.of(CENTER_MANAGER));
        ALLOWED.put("InHouseOperationService.get", EnumSet.of(CENTER_MANAGER));
        ALLOWED.put("InHouseOperationService.create", EnumSet.of(CENTER_MANAGER));
        ALLOWED.put("InHouseOperationService.update", EnumSet.of(CENTER_MANAGER));
    }

    /**
     * Method security lets these callers in, but the method then refuses them because they belong to no
     * organisation: an administrator asking for "my organisation".
     */
    private static final Map<String, Set<Caller>> REFUSED_WITHOUT_ORGANISATION =
            Map.of("OrganisationService.myOrganisation", EnumSet.of(ADMIN));

    @Autowired TestData testData;
    @Autowired OrganisationService organisationService;
    @Autowired UserAccountService userAccountService;
    @Autowired ContactCenterService contactCenterService;
    @Autowired ContractService contractService;
    @Autowired InHouseOperationService inHouseOperationService;
    @Autowired OrganisationRepository organisationRepository;
    @Autowired UserRepository userRepository;
    @Autowired ContactCenterRepository centerRepository;
    @Autowired ReportingUnitRepository unitRepository;

    World world;

    @BeforeEach
    void buildWorld() {
        world = testData.freshWorld();
    }

    static Stream<Arguments> matrix() {
        return ALLOWED.entrySet().stream().flatMap(entry -> Arrays.stream(Caller.values())
                .map(caller -> Arguments.of(entry.getKey(), caller, entry.getValue().contains(caller))));
    }

    static Stream<String> methods() {
        return ALLOWED.keySet().stream();
    }

    @ParameterizedTest(name = "{0} by {1}: allowed = {2}")
    @MethodSource("matrix")
    void eachServiceMethodIsOpenExactlyToItsRoles(String method, Caller caller, boolean allowed) {
        ThrowingCallable call = calls().get(method);
        signIn(caller);
        if (allowed) {
            assertThatCode(call).doesNotThrowAnyException();
        } else if (REFUSED_WITHOUT_ORGANISATION.getOrDefault(method, Set.of()).contains(caller)) {
            assertThatThrownBy(call).isExactlyInstanceOf(AccessDeniedException.class)
                    .hasMessageContaining("no organisation");
        } else {
            assertThatThrownBy(call).isInstanceOf(AuthorizationDeniedException.class);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("methods")
    void withoutAnyAuthenticationEveryServiceMethodIsRefused(String method) {
        SignIn.out();
        assertThatThrownBy(calls().get(method)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void everyPublicServiceMethodIsInTheMatrix() {
        Set<String> publicMethods = new java.util.TreeSet<>();
        for (Class<?> service : SERVICES) {
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()) {
                    publicMethods.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(ALLOWED.keySet()).containsExactlyInAnyOrderElementsOf(publicMethods);
        assertThat(calls().keySet()).containsExactlyInAnyOrderElementsOf(publicMethods);
    }

    @Test
    void refusedWritesStoreNothing() {
        SignIn.as(world.vendorA().user());
        assertThatThrownBy(() -> organisationService.create(newOrganisation()))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> contractService.create(newContract()))
                .isInstanceOf(AuthorizationDeniedException.class);
        SignIn.as(world.clientA().centerManager());
        assertThatThrownBy(() -> userAccountService.setEnabled(world.vendorB().user().userId(),
                userVersion(world.vendorB().user()), false)).isInstanceOf(AuthorizationDeniedException.class);

        assertThat(organisationRepository.findAll()).extracting(Organisation::name).doesNotContain("Matrix Org");
        assertThat(unitRepository.findContractsOfClient(world.clientA().id())).extracting(Contract::name)
                .doesNotContain("Matrix Contract");
        assertThat(userRepository.findById(world.vendorB().user().userId()).orElseThrow().enabled()).isTrue();
    }

    private void signIn(Caller caller) {
        switch (caller) {
            case ADMIN -> SignIn.as(world.admin());
            case SOURCING_MANAGER -> SignIn.as(world.clientA().sourcingManager());
            case CENTER_MANAGER -> SignIn.as(world.clientA().centerManager());
            case VENDOR -> SignIn.as(world.vendorA().user());
            case ANONYMOUS -> SignIn.anonymously();
        }
    }

    /** One call per service method, valid for an allowed caller of client A or vendor A. */
    private Map<String, ThrowingCallable> calls() {
        World.Client a = world.clientA();
        SignedInUser otherVendor = world.vendorB().user();
        Map<String, ThrowingCallable> calls = new LinkedHashMap<>();

        calls.put("OrganisationService.list", () -> organisationService.list());
        calls.put("OrganisationService.listRefs", () -> organisationService.listRefs(OrganisationKind.VENDOR));
        calls.put("OrganisationService.listVendors", () -> organisationService.listVendors());
        calls.put("OrganisationService.myOrganisation", () -> organisationService.myOrganisation());
        calls.put("OrganisationService.create", () -> organisationService.create(newOrganisation()));
        calls.put("OrganisationService.update", () -> organisationService.update(world.vendorB().id(),
                organisationRepository.findById(world.vendorB().id()).orElseThrow().version(),
                new OrganisationData(OrganisationKind.VENDOR, "Vendor B renamed", Sector.OTHER, "BE")));

        calls.put("UserAccountService.list", () -> userAccountService.list());
        calls.put("UserAccountService.create", () -> userAccountService.create(new UserAccountData(
                "new.user@client-a.example", "New User", a.id(), Set.of(Role.CENTER_MANAGER), Locale.ENGLISH)));
        calls.put("UserAccountService.update", () -> userAccountService.update(otherVendor.userId(),
                userVersion(otherVendor), new UserAccountData(otherVendor.email(), "Renamed", world.vendorB().id(),
                        Set.of(Role.VENDOR), Locale.ENGLISH)));
        calls.put("UserAccountService.setEnabled",
                () -> userAccountService.setEnabled(otherVendor.userId(), userVersion(otherVendor), false));
        calls.put("UserAccountService.resetPassword",
                () -> userAccountService.resetPassword(otherVendor.userId(), userVersion(otherVendor)));
        calls.put("UserAccountService.changeMyLocale", () -> userAccountService.changeMyLocale(Locale.of("nl")));
        calls.put("UserAccountService.changeMyPassword",
                () -> userAccountService.changeMyPassword(TestData.PASSWORD, "another-password-5678"));
        calls.put("UserAccountService.lockedSignIns", () -> userAccountService.lockedSignIns());
        calls.put("UserAccountService.unlockSignIn", () -> userAccountService.unlockSignIn(otherVendor.userId()));

        calls.put("ContactCenterService.listMine", () -> contactCenterService.listMine());
        calls.put("ContactCenterService.get", () -> contactCenterService.get(a.mainCenterId()));
        calls.put("ContactCenterService.create", () -> contactCenterService.create(new ContactCenterData(
                "Matrix Center", Sector.BANKING, BigDecimal.TEN, Set.of(Channel.PHONE), CenterStatus.DRAFT)));
        calls.put("ContactCenterService.update", () -> contactCenterService.update(a.secondCenterId(),
                centerRepository.findInOrganisation(a.secondCenterId(), a.id()).orElseThrow().version(),
                new ContactCenterData("Renamed Center", Sector.BANKING, BigDecimal.ONE,
                        Set.of(Channel.PHONE, Channel.EMAIL), CenterStatus.ACTIVE)));

        calls.put("ContractService.listMine", () -> contractService.listMine());
        calls.put("ContractService.get", () -> contractService.get(a.contractWithVendorA()));
        calls.put("ContractService.canEdit", () -> contractService.canEdit(
                unitRepository.findContractOfClient(a.contractWithVendorA(), a.id()).orElseThrow()));
        calls.put("ContractService.create", () -> contractService.create(newContract()));
        calls.put("ContractService.update", () -> {
            Contract contract = unitRepository.findContractOfClient(a.contractWithVendorA(), a.id()).orElseThrow();
            ContractData data = contract.data();
            contractService.update(contract.id(), contract.version(), new ContractData(data.name(), data.centerId(),
                    data.vendorId(), data.channels(), data.startDate(), data.endDate(), UnitStatus.NOTICE_GIVEN));
        });

        calls.put("InHouseOperationService.listMine", () -> inHouseOperationService.listMine());
        calls.put("InHouseOperationService.get", () -> inHouseOperationService.get(a.inHouseOperationId()));
        calls.put("InHouseOperationService.create", () -> inHouseOperationService.create(new InHouseOperationData(
                "Matrix in-house", a.secondCenterId(), Set.of(Channel.PHONE), LocalDate.of(2024, 1, 1), null,
                UnitStatus.DRAFT)));
        calls.put("InHouseOperationService.update", () -> {
            InHouseOperation operation = unitRepository.findInHouseOfClient(a.inHouseOperationId(), a.id())
                    .orElseThrow();
            InHouseOperationData data = operation.data();
            inHouseOperationService.update(operation.id(), operation.version(), new InHouseOperationData(
                    data.name(), data.centerId(), data.channels(), data.startDate(), LocalDate.of(2030, 1, 1),
                    UnitStatus.ENDED));
        });
        return calls;
    }

    private OrganisationData newOrganisation() {
        return new OrganisationData(OrganisationKind.CLIENT, "Matrix Org", Sector.OTHER, "BE");
    }

    private ContractData newContract() {
        return new ContractData("Matrix Contract", world.clientA().mainCenterId(), world.vendorA().id(),
                Set.of(Channel.SOCIAL), LocalDate.of(2026, 1, 1), null, UnitStatus.DRAFT);
    }

    private int userVersion(SignedInUser user) {
        return userRepository.findById(user.userId()).orElseThrow().version();
    }
}
