package org.ccbench.scorecard.export;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.ccbench.scorecard.KpiPeerRow;
import org.ccbench.scorecard.ScorecardHeader;
import org.ccbench.scorecard.SlaRow;
import org.ccbench.scoring.kpi.Direction;
import org.ccbench.scoring.normalise.RagStatus;
import org.ccbench.scoring.settlement.LineStatus;
import org.ccbench.survey.export.ExportLabels;

/** The texts the xlsx and the PDF share: header values, codes in words, peer groups. */
final class ScorecardTexts {

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

    /** {@code outsourced · energy_utilities · all}; null when no peer cell held enough organisations. */
    String peerCell(KpiPeerRow peer) {
        if (peer.peerSourcing() == null && peer.peerSector() == null && peer.peerSize() == null) {
            return null;
        }
        return String.join(" · ", orDash(peer.peerSourcing()), orDash(peer.peerSector()), orDash(peer.peerSize()));
    }

    /** The KPI's name from a label such as {@code SL[phone]}; the label itself for a code the catalogue lacks. */
    String kpiName(String kpiLabel) {
        String code = KpiDefinitions.code(kpiLabel);
        return KpiDefinitions.find(code).isPresent() ? labels.get("scorecard.kpi." + code) : kpiLabel;
    }

    private static String orDash(String value) {
        return value == null ? "–" : value;
    }
}
