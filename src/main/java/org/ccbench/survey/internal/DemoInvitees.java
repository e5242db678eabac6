package org.ccbench.survey.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ccbench.survey.internal.DemoSurveyRepository.Member;

/**
 * Who the demo campaigns invite and how far each invitee gets. The demo users' organisations take part under their
 * users' e-mail addresses, so their invitations can be answered from the outbox; the other members get a made-up
 * address each.
 */
final class DemoInvitees {

    enum Outcome { SUBMITTED, STARTED, NOT_STARTED }

    /** One invitee: the unit it rates (none for the trend monitor) and the language of its invitation. */
    record Invitee(Member member, String email, String language, Outcome outcome) {
    }

    /** The demo vendor that only two clients rate in this year's round, so its column is hidden (A3). */
    static final String SCARCE_VENDOR = "ServiceHub Outsourcing";
    /** The demo users' units that the rounds invite. */
    static final List<String> DEMO_UNITS = List.of("Zwolle telefonie", "Gent overloop", "Gent in-house");

    private static final Map<String, String> DEMO_USERS = Map.of(
            "Noordzee Energie", "sourcing@noordzee-energie.example",
            "Vlaamse Verzekeringen", "sourcing@vlaamse-verzekeringen.example",
            "Callcenter Delta", "vendor@callcenter-delta.example",
            "ServiceHub Outsourcing", "vendor@servicehub.example");

    private final List<Member> units;
    private final List<Member> members;
    private final Random random;

    /** @param units every client unit, from {@link DemoSurveyRepository#clientUnits()} */
    DemoInvitees(List<Member> units, Random random) {
        this.units = units;
        this.members = units.stream().filter(unit -> !DEMO_USERS.containsKey(unit.organisation())).toList();
        this.random = random;
    }

    /** Last year's round: every member and two demo users' units; all submit but three members. */
    List<Invitee> lastYear() {
        List<Invitee> invitees = new ArrayList<>();
        invitees.add(invitee(unit("Zwolle telefonie"), Outcome.SUBMITTED));
        invitees.add(invitee(unit("Gent overloop"), Outcome.SUBMITTED));
        invitees.addAll(outcomes(members, 0, 3));
        return invitees;
    }

    /**
     * This year's round: two of the scarce vendor's clients and every member that rates something else, of whom one
     * only starts; the demo users of Noordzee Energie (not started) and Vlaamse Verzekeringen (started).
     */
    List<Invitee> thisYear() {
        List<Invitee> invitees = new ArrayList<>();
        invitees.add(invitee(unit("Zwolle telefonie"), Outcome.NOT_STARTED));
        invitees.add(invitee(unit("Gent in-house"), Outcome.STARTED));
        members.stream().filter(member -> SCARCE_VENDOR.equals(member.vendorName())).limit(2)
                .forEach(member -> invitees.add(invitee(member, Outcome.SUBMITTED)));
        invitees.addAll(outcomes(members.stream().filter(member -> !SCARCE_VENDOR.equals(member.vendorName()))
                .toList(), 1, 0));
        return invitees;
    }

    /** The trend monitor: the vendors, Noordzee Energie (not started) and 36 members, of whom 4 do not submit. */
    List<Invitee> trendMonitor(List<Member> vendors) {
        List<Member> shuffled = new ArrayList<>(members);
        Collections.shuffle(shuffled, random);
        Member noordzee = unit("Zwolle telefonie");
        List<Invitee> invitees = new ArrayList<>();
        invitees.add(invitee(new Member(noordzee.organisation(), "CLIENT", noordzee.sector(), noordzee.country(),
                null, null, null, 0), Outcome.NOT_STARTED));
        vendors.forEach(vendor -> invitees.add(invitee(vendor, Outcome.SUBMITTED)));
        invitees.addAll(outcomes(shuffled.subList(0, Math.min(36, shuffled.size())), 3, 1));
        return invitees;
    }

    /** The members in random order; all but {@code started + notStarted} of them submit. */
    private List<Invitee> outcomes(List<Member> invited, int started, int notStarted) {
        List<Member> shuffled = new ArrayList<>(invited);
        Collections.shuffle(shuffled, random);
        List<Invitee> invitees = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            Outcome outcome = i < started ? Outcome.STARTED
                    : i < started + notStarted ? Outcome.NOT_STARTED : Outcome.SUBMITTED;
            invitees.add(invitee(shuffled.get(i), outcome));
        }
        return invitees;
    }

    /** Belgian members are invited in Dutch, three in five Dutch ones too. */
    private Invitee invitee(Member member, Outcome outcome) {
        String email = DEMO_USERS.getOrDefault(member.organisation(),
                "klantcontact@" + slug(member.organisation()) + ".example");
        String language = "BE".equals(member.country()) || random.nextInt(5) < 3 ? "nl" : "en";
        return new Invitee(member, email, language, outcome);
    }

    private Member unit(String name) {
        return units.stream().filter(unit -> name.equals(unit.unit())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Demo unit missing: " + name));
    }

    static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
