package org.ccbench.scorecard.export;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ccbench.base.Translations;
import org.ccbench.scorecard.KpiPeerRow;
import org.ccbench.scorecard.PeerEdition;
import org.ccbench.scorecard.ScorecardHeader;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.scoring.kpi.Channel;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.normalise.RagStatus;
import org.ccbench.scoring.settlement.LineStatus;
import org.ccbench.survey.export.ExportLabels;

/** The texts the xlsx and the PDF share: header values, codes in words, peer groups. */
final class ScorecardTexts {

    private static final String ALL = "all";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm xxx");

    private final ExportLabels labels;
    private final ZoneId zone;

    /** Texts for an export that prints no stored time (the comparison). */
    ScorecardTexts(ExportLabels labels) {
        this.labels = labels;
        this.zone = null;
    }

    /** Texts with stored times in {@code zone}, the portal's time zone. */
    ScorecardTexts(ExportLabels labels, ZoneId zone) {
        this.labels = labels;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    ExportLabels labels() {
        return labels;
    }

    String get(String key) {
        return labels.get(key);
    }

    /** {@code 2026 YTD (draft)}. */
    String period(ScorecardHeader header) {
        return header.periodLabel() + " (" + labels.get(header.complete() ? "scorecard.final" : "scorecard.draft")
                + ")";
    }

    String months(List<YearMonth> months) {
        return months.stream().map(YearMonth::toString).collect(Collectors.joining(", "));
    }

    String terms(ScorecardHeader header) {
        return labels.format("scorecard.termsVersion.value", String.valueOf(header.termsVersion()),
                String.valueOf(header.termsEffectiveFrom()));
    }

    String profile(ScorecardHeader header) {
        return labels.format("scorecard.profile.value", header.profileName(), String.valueOf(header.profileVersion()));
    }

    /** {@code 2026-11-03 09:30 +01:00} in the portal's time zone, whatever offset the database returned. */
    String time(OffsetDateTime at) {
        if (zone == null) {
            throw new IllegalStateException("These texts were made without a time zone");
        }
        return at == null ? null : TIME.format(at.atZoneSameInstant(zone));
    }

    String revisions(ScorecardHeader header) {
        return header.revisionIds().stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    String direction(Direction direction) {
        return direction == null ? null : labels.get("scorecard.direction." + direction.code());
    }

    String rag(RagStatus rag) {
        return rag == null ? null : labels.get("scorecard.rag." + rag.name());
    }

    /** "Small sample: 40 responses, fewer than the 50 needed: …" for an SLA row on too few survey responses. */
    String smallSample(SlaRow row) {
        return labels.format("scorecard.sla.smallSample", row.sample().toPlainString(),
                String.valueOf(row.minSample()));
    }

    String status(LineStatus status) {
        return labels.get("scorecard.detail.status." + status.name());
    }

    String yesNo(boolean value) {
        return labels.get(value ? "scorecard.yes" : "scorecard.no");
    }

    /**
     * The peer group in words as the portal writes it, e.g. {@code outsourced · all sectors · all sizes}
     * ("uitbesteed · alle sectoren · alle grootten"); null when no peer cell held enough organisations.
     */
    String peerCell(KpiPeerRow peer) {
        if (peer.peerSourcing() == null && peer.peerSector() == null && peer.peerSize() == null) {
            return null;
        }
        Locale language = labels.locale();
        String sourcing = peer.peerSourcing() == null ? "–"
                : Translations.text(language, "benchmark.sourcing." + peer.peerSourcing());
        String sector = peer.peerSector() == null ? "–" : ALL.equals(peer.peerSector())
                ? Translations.text(language, "benchmark.allSectors")
                : Translations.text(language, "Sector." + peer.peerSector().toUpperCase(Locale.ROOT));
        String size = peer.peerSize() == null ? "–" : ALL.equals(peer.peerSize())
                ? Translations.text(language, "benchmark.allSizes")
                : Translations.text(language, "benchmark.size", peer.peerSize());
        return String.join(" · ", sourcing, sector, size);
    }

    /** Why a KPI has no peer figures: "2 months missing" when the contract lacks months, else "insufficient peers". */
    String noPeers(KpiPeerRow peer) {
        return peer.monthsMissing() > 0 ? labels.format("scorecard.peers.monthsMissing", peer.monthsMissing())
                : labels.get("scorecard.peers.insufficient");
    }

    /**
     * Which period the peers are compared in: a year to date (several months compared in one) says it uses its last
     * month, as peers are compared per month, quarter or calendar year; and which benchmark edition the peer figures
     * come from, or that they are live (issue 17); null without peers.
     */
    String peerPeriod(ScorecardHeader header, List<KpiPeerRow> peers) {
        String period = peers.stream().map(KpiPeerRow::peerPeriod).filter(Objects::nonNull).findFirst().orElse(null);
        if (period == null) {
            return null;
        }
        boolean lastMonthOnly = period.equals(String.valueOf(header.lastMonth()))
                && !header.firstMonth().equals(header.lastMonth());
        String edition = labels.format("scorecard.peers.edition", PeerEdition.describe(peers.getFirst()
                .peerEdition(), labels.locale(), labels::format));
        return (lastMonthOnly ? labels.format("scorecard.peers.lastMonthOnly", period)
                : labels.format("scorecard.peers.period", period)) + " " + edition;
    }

    /**
     * The KPI as people read it: {@code SL[phone]} as "Service level (accessibility) · phone" ("Servicelevel
     * (bereikbaarheid) · telefoon"); a breakdown that is no channel stays as written, an unknown code as the label.
     */
    String kpiTitle(String kpiLabel) {
        String name = kpiName(kpiLabel);
        int open = kpiLabel.indexOf('[');
        int close = kpiLabel.lastIndexOf(']');
        if (open < 0 || close < open || name.equals(kpiLabel)) {
            return name;
        }
        String breakdown = kpiLabel.substring(open + 1, close).strip();
        boolean channel = java.util.Arrays.stream(Channel.values())
                .anyMatch(one -> one.name().equalsIgnoreCase(breakdown));
        String part = channel ? Translations.text(labels.locale(), "Channel." + breakdown.toUpperCase(Locale.ROOT))
                .toLowerCase(Translations.supported(labels.locale())) : breakdown;
        return name + " · " + part;
    }

    /** A KPI unit as the portal writes it: {@code %}, {@code s}, "points" ("punten"), "per 1,000" ("per 1.000"). */
    String unit(String code) {
        return Translations.text(labels.locale(), "profile.unit." + code);
    }

    /** The KPI's name from a label such as {@code SL[phone]}; the label itself for a code the catalogue lacks. */
    String kpiName(String kpiLabel) {
        String code = KpiDefinitions.code(kpiLabel);
        return KpiDefinitions.find(code).isPresent() ? labels.get("scorecard.kpi." + code) : kpiLabel;
    }

}
