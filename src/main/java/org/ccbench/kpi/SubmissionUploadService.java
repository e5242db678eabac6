package org.ccbench.kpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccbench.kpi.internal.UploadParser;
import org.ccbench.kpi.internal.UploadParser.ParsedRow;
import org.ccbench.kpi.upload.UploadGuard;
import org.ccbench.kpi.upload.UploadRefusedException;
import org.ccbench.kpi.upload.UploadVerdict;
import org.ccbench.security.Access;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.template.KpiInput;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly submissions by file: the template workbook for the submitter's units and months, and the upload of a
 * filled workbook or CSV, which stores every row as a draft (or submits it) or, if any row has a problem, nothing.
 */
@Service
@PreAuthorize(Access.KPI_SUBMITTERS)
public class SubmissionUploadService {

    private static final long MEGABYTE = 1024 * 1024;

    private final SubmissionService submissions;
    private final KpiCatalogues catalogues;
    private final UploadGuard guard;

    SubmissionUploadService(SubmissionService submissions, KpiCatalogues catalogues,
                            @Value("${ccbench.kpi.upload.max-megabytes:20}") long maxMegabytes) {
        this.submissions = submissions;
        this.catalogues = catalogues;
        this.guard = new UploadGuard(UploadGuard.Limits.defaults().withMaxFileBytes(maxMegabytes * MEGABYTE));
    }

    public long maxBytes() {
        return guard.limits().maxFileBytes();
    }

    /** Every unit of the submitter × every month from {@code from} to {@code to}, filled with what is stored. */
    @Transactional(readOnly = true)
    public SubmissionTemplate template(YearMonth from, YearMonth to, Locale locale) {
        KpiCatalogue catalogue = catalogues.current();
        List<SubmissionUnit> units = submissions.myUnits();
        Set<String> channels = units.stream().flatMap(unit -> unit.channels().stream())
                .collect(Collectors.toSet());
        List<InputKey> fields = new InputRules(catalogue, channels).inputsOfUnit();
        List<SubmissionTemplate.Column> columns = fields.stream().map(key -> {
            KpiInput input = catalogue.input(key.code()).orElseThrow();
            String channel = key.channel().isEmpty() ? "" : " – " + catalogue.channel(key.channel())
                    .map(found -> found.name().in(locale)).orElse(key.channel());
            return new SubmissionTemplate.Column(key.field(), input.name().in(locale) + channel, input.unit(),
                    input.wholeNumber());
        }).toList();
        List<SubmissionTemplate.Row> rows = new ArrayList<>();
        for (SubmissionUnit unit : units) {
            List<String> served = new InputRules(catalogue, unit.channels()).inputsOfUnit().stream()
                    .map(InputKey::field).toList();
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                Map<String, BigDecimal> stored = submissions.find(unit.id(), month)
                        .map(found -> found.latest().values().entrySet().stream().collect(Collectors.toMap(
                                entry -> entry.getKey().field(), Map.Entry::getValue)))
                        .orElse(Map.of());
                rows.add(new SubmissionTemplate.Row(unit.id(), unit.name(), month, served, stored));
            }
        }
        return new SubmissionTemplate(columns, rows);
    }

    /**
     * Checks the whole file first and stores nothing if any row has a problem; otherwise saves every row as its
     * month's draft and, with {@code submit}, submits it. Months whose figures raise warnings are submitted from the
     * form, where the submitter explains them.
     *
     * Rows without values, or with exactly the values already stored, are skipped.
     *
     * @return the number of unit-months stored
     * @throws UploadRejectedException with every problem by sheet, row and column
     */
    @Transactional
    public int upload(Path file, String fileName, boolean submit, Locale locale) {
        UploadParser.Parsed parsed;
        try {
            UploadVerdict verdict = guard.check(file, fileName);
            if (verdict instanceof UploadVerdict.Refused refused) {
                throw new UploadRejectedException(List.of(UploadProblem.at("", 0, "", refused.reason().key(),
                        maxBytes() / MEGABYTE)));
            }
            parsed = new UploadParser(locale).read(file, ((UploadVerdict.Accepted) verdict).format());
        } catch (UploadRefusedException e) {
            throw new UploadRejectedException(List.of(UploadProblem.at("", 0, "", e.reason().key(),
                    maxBytes() / MEGABYTE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<UploadProblem> problems = new ArrayList<>(parsed.problems());
        Map<Long, SubmissionUnit> mine = submissions.myUnits().stream()
                .collect(Collectors.toMap(SubmissionUnit::id, Function.identity()));
        Set<String> seen = new HashSet<>();
        List<ParsedRow> changed = new ArrayList<>();
        for (ParsedRow row : parsed.rows()) {
            SubmissionUnit unit = mine.get(row.unitId());
            if (unit == null) {
                problems.add(UploadProblem.at(row.sheet(), row.rowNumber(), "A", "kpi.upload.error.unknownUnit",
                        row.unitId()));
                continue;
            }
            if (!seen.add(row.unitId() + "/" + row.month())) {
                problems.add(UploadProblem.at(row.sheet(), row.rowNumber(), "A", "kpi.upload.error.duplicate",
                        row.month()));
                continue;
            }
            if (!row.values().isEmpty() && !unchanged(row)) {
                problems.addAll(check(unit, row, submit));
                changed.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw new UploadRejectedException(problems);
        }
        changed.forEach(row -> store(row, submit));
        return changed.size();
    }

    /** A row left as the template filled it (e.g. an approved month) is not a change and is skipped. */
    private boolean unchanged(ParsedRow row) {
        return submissions.find(row.unitId(), row.month()).filter(found -> !found.revisions().isEmpty())
                .map(found -> ValueChange.between(found.latest().values(), row.values()).isEmpty()).orElse(false);
    }

    private List<UploadProblem> check(SubmissionUnit unit, ParsedRow row, boolean submit) {
        List<UploadProblem> problems = new ArrayList<>();
        Optional<String> state = submissions.draftRefusal(unit.id(), row.month(),
                submissions.find(unit.id(), row.month()).orElse(null));
        state.ifPresent(key -> problems.add(UploadProblem.at(row.sheet(), row.rowNumber(), "C", key)));
        InputRules rules = new InputRules(catalogues.current(), unit.channels());
        List<InputProblem> inputs = submit ? rules.checkSubmission(row.values()) : rules.checkValues(row.values());
        for (InputProblem problem : inputs) {
            String column = row.columnOf().entrySet().stream()
                    .filter(entry -> entry.getKey().field().equals(problem.field())).map(Map.Entry::getValue)
                    .findFirst().orElse("");
            List<Object> arguments = new ArrayList<>(problem.arguments());
            problems.add(new UploadProblem(row.sheet(), row.rowNumber(), column, problem.warning()
                    ? "kpi.upload.error.warningNeedsForm" : problem.messageKey(),
                    problem.warning() ? List.of(problem.field()) : arguments.isEmpty() && column.isEmpty()
                            ? List.of(problem.field()) : arguments));
        }
        return problems;
    }

    private void store(ParsedRow row, boolean submit) {
        try {
            submissions.saveDraft(row.unitId(), row.month(), row.values());
            if (submit) {
                submissions.submit(row.unitId(), row.month(), null);
            }
        } catch (InputProblemsException e) {
            throw new UploadRejectedException(e.problems().stream().map(problem -> UploadProblem.at(row.sheet(),
                    row.rowNumber(), "", problem.warning() ? "kpi.upload.error.warningNeedsForm"
                            : problem.messageKey(), problem.field())).toList());
        } catch (SubmissionStateException e) {
            throw new UploadRejectedException(List.of(UploadProblem.at(row.sheet(), row.rowNumber(), "C",
                    e.messageKey())));
        }
    }
}
