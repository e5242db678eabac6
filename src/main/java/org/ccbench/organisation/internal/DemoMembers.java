package org.ccbench.organisation.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.Sector;

/**
 * The demo's extra client organisations, enough for the survey anonymity rules to let figures show: each with one
 * contact center that it runs in-house or through one contract with a demo vendor. Generated from a fixed seed, so
 * every start builds the same members.
 */
final class DemoMembers {

    /** How many extra client organisations the demo has. */
    static final int COUNT = 40;

    static final String DELTA = "Callcenter Delta";
    static final String PARTNERS = "Klantcontact Partners";
    static final String SERVICE_HUB = "ServiceHub Outsourcing";

    /**
     * One client organisation and the unit its survey answers are about.
     *
     * @param vendor    the demo vendor of its contract, or null when it runs its center in-house
     * @param unitStart when the contract (it runs five years) or the in-house operation started
     */
    record Member(String name, Sector sector, String country, String centerName, int agentFte, Set<Channel> channels,
                  String unitName, String vendor, LocalDate unitStart) {
    }

    private static final List<String> PLACES_NL = List.of("Amstel", "Rijnmond", "Haaglanden", "Twente", "Veluwe",
            "Kennemerland", "Gooi", "Zeeland", "Friesland", "Drenthe", "Groningen", "Limburg", "Brabant", "Flevoland",
            "Achterhoek", "Westland", "IJsselland", "Betuwe", "Waterland", "Rivierenland", "Noorderkwartier",
            "Hollands Midden", "Kempen", "Maasvallei");
    private static final List<String> PLACES_BE = List.of("Antwerpen", "Brugge", "Leuven", "Mechelen", "Hasselt",
            "Kortrijk", "Aalst", "Oostende", "Waasland");
    private static final Map<Sector, List<String>> NAME_PATTERNS = Map.ofEntries(
            Map.entry(Sector.ENERGY_UTILITIES, List.of("%s Energie", "Waterbedrijf %s", "%s Energy")),
            Map.entry(Sector.TELECOM_MEDIA, List.of("%s Telecom", "%s Kabel", "%s Media Groep")),
            Map.entry(Sector.BANKING, List.of("%s Bank", "Spaarbank %s", "%s Finance")),
            Map.entry(Sector.INSURANCE, List.of("%s Verzekeringen", "%s Insurance", "Zorgverzekeraar %s")),
            Map.entry(Sector.PUBLIC_SECTOR, List.of("Waterschap %s", "Belastingsamenwerking %s",
                    "Omgevingsdienst %s")),
            Map.entry(Sector.HEALTHCARE, List.of("Zorggroep %s", "%s Ziekenhuis", "%s Care")),
            Map.entry(Sector.HOUSING, List.of("Woonstichting %s", "%s Wonen")),
            Map.entry(Sector.RETAIL_ECOMMERCE, List.of("%s Webwinkel", "%s Retail Group", "%s Mode")),
            Map.entry(Sector.TRAVEL_TRANSPORT, List.of("%s Reizen", "%s Vervoer", "%s Travel")),
            Map.entry(Sector.BUSINESS_SERVICES, List.of("%s Lease", "%s Uitzendgroep")));
    private static final List<Sector> SECTORS = List.of(Sector.ENERGY_UTILITIES, Sector.TELECOM_MEDIA,
            Sector.BANKING, Sector.INSURANCE, Sector.PUBLIC_SECTOR, Sector.HEALTHCARE, Sector.HOUSING,
            Sector.RETAIL_ECOMMERCE, Sector.TRAVEL_TRANSPORT, Sector.BUSINESS_SERVICES);
    private static final List<Channel> EXTRA_CHANNELS = List.of(Channel.EMAIL, Channel.CHAT, Channel.SOCIAL,
            Channel.MESSAGING, Channel.SELF_SERVICE);

    private DemoMembers() {
    }

    private static List<String> shuffled(List<String> values, Random random) {
        List<String> copy = new ArrayList<>(values);
        Collections.shuffle(copy, random);
        return copy;
    }

    /**
     * The members, always the same: four in each sector; 12 run their center in-house, 12 outsource to Callcenter
     * Delta, 10 to Klantcontact Partners and 6 to ServiceHub Outsourcing.
     */
    static List<Member> generate() {
        Random random = new Random(2026);
        List<String> vendors = new ArrayList<>();
        vendors.addAll(Collections.nCopies(12, (String) null));
        vendors.addAll(Collections.nCopies(12, DELTA));
        vendors.addAll(Collections.nCopies(10, PARTNERS));
        vendors.addAll(Collections.nCopies(6, SERVICE_HUB));
        Collections.shuffle(vendors, random);
        List<Sector> sectors = new ArrayList<>();
        SECTORS.forEach(sector -> sectors.addAll(Collections.nCopies(COUNT / SECTORS.size(), sector)));
        Collections.shuffle(sectors, random);
        List<String> placesNl = shuffled(PLACES_NL, random);
        List<String> placesBe = shuffled(PLACES_BE, random);
        Set<String> names = new HashSet<>();
        List<Member> members = new ArrayList<>(COUNT);
        for (int i = 0; i < COUNT; i++) {
            String vendor = vendors.get(i);
            Sector sector = sectors.get(i);
            boolean belgian = random.nextInt(5) == 0;
            List<String> places = belgian ? placesBe : placesNl;
            List<String> patterns = NAME_PATTERNS.get(sector);
            String place;
            String name;
            int next = i;
            do {
                place = places.get(next++ % places.size());
                name = patterns.get(random.nextInt(patterns.size())).formatted(place);
            } while (!names.add(name));
            int fte = 10 + random.nextInt(300);
            Set<Channel> channels = EnumSet.of(Channel.PHONE);
            EXTRA_CHANNELS.stream().filter(channel -> random.nextInt(3) > 0).forEach(channels::add);
            String unitName = vendor == null ? name + " in-house" : name + " via " + vendor;
            LocalDate start = vendor == null ? LocalDate.of(2012 + random.nextInt(9), 1, 1)
                    : LocalDate.of(2022 + random.nextInt(4), 1 + random.nextInt(12), 1);
            members.add(new Member(name, sector, belgian ? "BE" : "NL", "Klantenservice " + place, fte, channels,
                    unitName, vendor, start));
        }
        return List.copyOf(members);
    }
}
