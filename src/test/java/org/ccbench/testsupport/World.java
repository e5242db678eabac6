package org.ccbench.testsupport;

import org.ccbench.security.SignedInUser;

/**
 * The data every service test starts from, built by {@link TestData#freshWorld()}: an administrator, two client
 * organisations with one user per client role and two vendors with one vendor user each.
 *
 * <p>Each client has a main center (phone, chat, e-mail and social) with a contract with each vendor (vendor A
 * for phone, vendor B for chat) and an in-house operation (e-mail), so only social is not in scope anywhere; and
 * a second center (phone and e-mail) with no contracts or in-house operation. All users have the password
 * {@link TestData#PASSWORD}.
 */
public record World(SignedInUser admin, Client clientA, Client clientB, Vendor vendorA, Vendor vendorB) {

    public record Client(long id, String name, SignedInUser sourcingManager, SignedInUser centerManager,
                         long mainCenterId, long secondCenterId, long contractWithVendorA, long contractWithVendorB,
                         long inHouseOperationId) {

        public String mainCenterName() {
            return name + " Main Center";
        }

        public String secondCenterName() {
            return name + " Second Center";
        }

        public String contractName(Vendor vendor) {
            return name + " with " + vendor.name();
        }

        public String inHouseOperationName() {
            return name + " in-house";
        }
    }

    public record Vendor(long id, String name, SignedInUser user) {
    }
}
