package org.ccbench.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ccbench.kpi.internal.SubmissionRepository;
import org.ccbench.kpi.internal.SubmissionRepository.ApprovedInputs;
import org.ccbench.kpi.internal.SubmissionRepository.Head;
import org.ccbench.kpi.internal.SubmissionRepository.UnitMonth;
import org.ccbench.kpi.internal.UploadParser;
import org.ccbench.kpi.internal.UploadParser.ParsedRow;
import org.ccbench.scoring.kpi.KpiParameters;
import org.ccbench.template.KpiCatalogue;

/**
 * One upload as its rows stream in: rows are checked in chunks against the stored months (loaded and locked per
 * chunk, never per row) and stored chunk by chunk while no problem has turned up. After the first problem nothing
 * more is stored, but every row is still checked, so the submitter sees every problem at once; the caller then
 * rolls the whole upload back.
 */
final class UploadRun implements UploadParser.Sink {

    static final int CHUNK_ROWS = 500;
    static final int MAX_PROBLEMS = 1000;

    private final SubmissionService submissions;
    private final SubmissionRepository repository;
    private final UploadStorage storage;
    private final KpiCatalogue catalogue;
    /** The uploader's language, in which a problem names its field. */
    private final Locale locale;
    private final boolean submit;
    private final int chunkRows;
    private final Map<Long, SubmissionUnit> mine;
    private DefinitionTimeline definitions;
    /** The locked months reopened today, read once for the whole upload. */
    private final Set<UnitMonth> reopened;
    private final Map<Set<String>, InputRules> rulesByChannels = new HashMap<>();
    private final Set<UnitMonth> seen = new HashSet<>();
    private final List<ParsedRow> chunk = new ArrayList<>();
    private final UploadProblems problems = new UploadProblems(MAX_PROBLEMS);
    private int changed;
    private long lookupNanos;
    private long checkNanos;
    private long storeNanos;

    UploadRun(SubmissionService submissions, SubmissionRepository repository, UploadStorage storage,
              KpiCatalogue catalogue, boolean submit, int chunkRows, Locale locale) {
        this.locale = locale;
        this.submissions = submissions;
        this.repository = repository;
        this.storage = storage;
        this.catalogue = catalogue;
        this.submit = submit;
        this.chunkRows = chunkRows;
        this.mine = submissions.myUnits().stream().collect(Collectors.toMap(SubmissionUnit::id, Function.identity()));
        this.definitions = submissions.definitionTimeline(mine.keySet());
        this.reopened = submissions.reopenedToday();
    }

    @Override
    public void row(ParsedRow row) {
        SubmissionUnit unit = mine.get(row.unitId());
        if (unit == null) {
            problem(UploadProblem.at(row.sheet(), row.rowNumber(), "A", "kpi.upload.error.unknownUnit",
                    row.unitId()));
            return;
        }
        if (!seen.add(new UnitMonth(row.unitId(), row.month()))) {
            problem(UploadProblem.at(row.sheet(), row.rowNumber(), "A", "kpi.upload.error.duplicate", row.month()));
            return;
        }
        if (!row.parameters().isEmpty()) {
            // checked on every row that gives one, changed or not: a file never changes a unit's definitions
            InputRules rules = rules(unit);
            report(row, rules.checkParameters(row.parameters(),
                    rules.parametersOf(definitions.of(unit.id(), row.month()))));
        }
        if (!row.values().isEmpty()) {
            chunk.add(row);
            if (chunk.size() >= chunkRows) {
                flush();
            }
        }
    }

    /** Keeps the problem in file order, its field (a code as the file's first row has it) named as people read it. */
    @Override
    public void problem(UploadProblem problem) {
        problems.add(problem.field().isEmpty() ? problem
                : problem.in(SubmissionUploadService.fieldName(catalogue, problem.field(), locale), problem.found()));
    }

    /** Checks and stores what is left; returns the problems (empty when everything was stored). */
    UploadProblems finish() {
        flush();
        return problems;
    }

    /** The number of unit-months stored (or, after a problem, that would have been). */
    int changed() {
        return changed;
    }

    private void flush() {
        if (chunk.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        if (submit) {
            Set<Long> units = chunk.stream().map(ParsedRow::unitId).collect(Collectors.toCollection(TreeSet::new));
            definitions = submissions.lockForSubmit(definitions, units);
        }
        Map<UnitMonth, Submission> stored = stored(chunk);
        Map<Long, NavigableMap<YearMonth, Map<InputKey, BigDecimal>>> approved = submit ? approved(chunk) : Map.of();
        long looked = System.nanoTime();
        lookupNanos += looked - start;
        List<UploadStorage.Month> checked = new ArrayList<>();
        for (ParsedRow row : chunk) {
            UnitMonth key = new UnitMonth(row.unitId(), row.month());
            Submission found = stored.get(key);
            if (found != null && !found.revisions().isEmpty()
                    && ValueChange.between(found.latest().values(), row.values()).isEmpty()) {
                continue; // left as the template filled it (e.g. an approved month): not a change
            }
            changed++;
            SubmissionUnit unit = mine.get(row.unitId());
            InputRules rules = rules(unit);
            KpiParameters monthDefinitions = definitions.of(unit.id(), row.month());
            if (check(unit, rules, row, found, lastApproved(approved.get(unit.id()), row.month()), monthDefinitions)) {
                checked.add(new UploadStorage.Month(unit, key, row.values(), found,
                        rules.parametersOf(monthDefinitions)));
            }
        }
        long checkedAt = System.nanoTime();
        checkNanos += checkedAt - looked;
        if (problems.isEmpty()) {
            storage.store(checked);
        }
        storeNanos += System.nanoTime() - checkedAt;
        chunk.clear();
    }

    /** Where the time went, for the log: loading the stored months, checking, storing (the rest is reading). */
    String timings() {
        return "lookup %d ms, checks %d ms, storage %d ms".formatted(lookupNanos / 1_000_000, checkNanos / 1_000_000,
                storeNanos / 1_000_000);
    }

    private Map<UnitMonth, Submission> stored(List<ParsedRow> rows) {
        List<Head> heads = repository.lockAll(rows.stream().map(row -> new UnitMonth(row.unitId(), row.month()))
                .toList());
        Map<Long, List<Revision>> revisions = repository.revisionsOf(heads.stream().map(Head::id).toList());
        Map<UnitMonth, Submission> found = new HashMap<>();
        for (Head head : heads) {
            found.put(new UnitMonth(head.unitId(), head.period()), new Submission(head.id(), mine.get(head.unitId()),
                    head.period(), head.status(), head.version(), revisions.getOrDefault(head.id(), List.of())));
        }
        return found;
    }

    /** The approved months of the chunk's units, for the change-since-last-approved rule of submit. */
    private Map<Long, NavigableMap<YearMonth, Map<InputKey, BigDecimal>>> approved(List<ParsedRow> rows) {
        YearMonth latest = rows.stream().map(ParsedRow::month).max(Comparator.naturalOrder()).orElseThrow();
        return repository.approvedBefore(rows.stream().map(ParsedRow::unitId).collect(Collectors.toSet()), latest);
    }

    private static ApprovedInputs lastApproved(NavigableMap<YearMonth, Map<InputKey, BigDecimal>> months,
                                              YearMonth before) {
        var last = months == null ? null : months.lowerEntry(before);
        return last == null ? null : new ApprovedInputs(last.getKey(), last.getValue());
    }

    /** The form's rules for this row; true when it passes them all. */
    private boolean check(SubmissionUnit unit, InputRules rules, ParsedRow row, Submission found,
                          ApprovedInputs lastApproved, KpiParameters monthDefinitions) {
        int before = problems.total();
        Optional<String> state = submissions.draftRefusal(unit.id(), row.month(), found, reopened);
        state.ifPresent(key -> problem(UploadProblem.at(row.sheet(), row.rowNumber(), "C", key)));
        report(row, submit ? submissions.submitProblems(unit, row.month(), row.values(), lastApproved,
                monthDefinitions) : rules.checkValues(row.values()));
        return problems.total() == before;
    }

    private static String valueOf(ParsedRow row, String field) {
        return java.util.stream.Stream.of(row.values(), row.parameters())
                .flatMap(values -> values.entrySet().stream()).filter(entry -> entry.getKey().field().equals(field))
                .map(entry -> entry.getValue().toPlainString()).findFirst().orElse("");
    }

    private InputRules rules(SubmissionUnit unit) {
        return rulesByChannels.computeIfAbsent(unit.channels(), channels -> new InputRules(catalogue, channels));
    }

    /** Each problem at its row and the column of its field (a KPI's problem names the KPI, in no column). */
    private void report(ParsedRow row, List<InputProblem> inputs) {
        for (InputProblem problem : inputs) {
            String column = row.columnOf(problem.field());
            List<Object> arguments = problem.arguments();
            UploadProblem found = new UploadProblem(row.sheet(), row.rowNumber(), column, problem.warning()
                    ? "kpi.upload.error.warningNeedsForm" : problem.messageKey(),
                    problem.warning() ? List.of(problem.field()) : arguments.isEmpty() && column.isEmpty()
                            ? List.of(problem.field()) : arguments);
            // a field of the file (not a KPI computed from several): its name and the value the row gave it
            problem(column.isEmpty() ? found : found.in(problem.field(), valueOf(row, problem.field())));
        }
    }
}
