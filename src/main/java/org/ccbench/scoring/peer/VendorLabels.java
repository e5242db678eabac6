package org.ccbench.scoring.peer;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The names under which vendors appear in one report, SCORING.md §2.4 A3. In a campaign with
 * {@code name_vendors: true} every vendor appears under its name. Otherwise vendors are pseudonymised as "Vendor A",
 * "Vendor B", … with letters handed out in ascending internal id over all the vendors of the report (shown or
 * suppressed, the viewer included), so a letter is the same in every figure of the report and for every viewer of
 * it; after Z come AA, AB, …. A vendor viewing the report sees its own name instead of its letter.
 */
public final class VendorLabels {

    /** A vendor that appears somewhere in the report. */
    public record Vendor(long id, String name) {
        public Vendor {
            Objects.requireNonNull(name, "name");
        }
    }

    private record Label(String text, String letter, boolean pseudonym) {
    }

    private final Map<Long, Label> labelById;

    private VendorLabels(Map<Long, Label> labelById) {
        this.labelById = labelById;
    }

    /** Labels for a viewer that is not a vendor (a client or the administrator). */
    public static VendorLabels forReport(Collection<Vendor> vendorsInReport, boolean nameVendors) {
        return forReport(vendorsInReport, nameVendors, OptionalLong.empty());
    }

    /**
     * @param vendorsInReport every vendor that appears in the report (duplicates by id are ignored)
     * @param nameVendors     the campaign's {@code name_vendors}
     * @param viewerVendorId  the viewer's own vendor organisation, if the viewer is a vendor
     */
    public static VendorLabels forReport(Collection<Vendor> vendorsInReport, boolean nameVendors,
            OptionalLong viewerVendorId) {
        List<Vendor> byId = vendorsInReport.stream()
                .sorted(Comparator.comparingLong(Vendor::id))
                .toList();
        Map<Long, Label> labels = new HashMap<>();
        for (Vendor vendor : byId) {
            if (labels.containsKey(vendor.id())) {
                continue;
            }
            boolean named = nameVendors || viewerVendorId.equals(OptionalLong.of(vendor.id()));
            String letter = letters(labels.size());
            labels.put(vendor.id(), new Label(named ? vendor.name() : "Vendor " + letter, letter, !named));
        }
        return new VendorLabels(Map.copyOf(labels));
    }

    /** The text to print for a vendor: its name, or "Vendor A" and so on. */
    public String labelOf(long vendorId) {
        return require(vendorId).text();
    }

    /** The vendor's pseudonym letter(s) ("A"), for views that translate the word "Vendor". */
    public String letterOf(long vendorId) {
        return require(vendorId).letter();
    }

    /** Whether {@link #labelOf} is a pseudonym rather than the vendor's name. */
    public boolean isPseudonym(long vendorId) {
        return require(vendorId).pseudonym();
    }

    /** 0 → A, 25 → Z, 26 → AA, 27 → AB, … (spreadsheet column letters). */
    static String letters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int rest = index + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    private Label require(long vendorId) {
        Label value = labelById.get(vendorId);
        if (value == null) {
            throw new IllegalArgumentException("vendor " + vendorId + " is not in this report");
        }
        return value;
    }
}
