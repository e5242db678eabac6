package org.ccbench.kpi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ccbench.audit.AuditLog;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.Translations;
import org.ccbench.base.Validation;
import org.ccbench.kpi.internal.SubmissionRepository;
import org.ccbench.kpi.internal.SubmissionRepository.Head;
import org.ccbench.kpi.internal.SubmissionRepository.UnitMonth;
import org.ccbench.kpi.internal.ReadAhead;
import org.ccbench.kpi.internal.UploadParser;
import org.ccbench.kpi.upload.UploadGuard;
import org.ccbench.kpi.upload.UploadRefusal;
import org.ccbench.kpi.upload.UploadRefusedException;
import org.ccbench.kpi.upload.UploadVerdict;
import org.ccbench.operations.PortalMetrics;
import org.ccbench.operations.PortalMetrics.UploadOutcome;
import org.ccbench.security.Access;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.KpiCatalogues;
import org.ccbench.template.KpiInput;
import org.ccbench.template.KpiParameter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    public static final int MAX_TEMPLATE_MONTHS = 36;
    private static final int TEMPLATE_UNITS_PER_QUERY = 100;
    private static final long MEGABYTE = 1024 * 1024;
    private static final Logger log = LoggerFactory.getLogger(SubmissionUploadService.class);

    private final SubmissionService submissions;
    private final SubmissionRepository repository;
    private final AuditLog audit;
    private final PortalMetrics metrics;
    private final KpiCatalogues catalogues;
    private final UploadGuard guard;
    private final int maxRows;

    SubmissionUploadService(SubmissionService submissions, SubmissionRepository repository, AuditLog audit,
                            PortalMetrics metrics, KpiCatalogues catalogues,
                            @Value("${ccbench.kpi.upload.max-megabytes:20}") long maxMegabytes,
                            @Value("${ccbench.kpi.upload.max-rows:" + UploadParser.DEFAULT_MAX_ROWS + "}") int maxRows) {
        this.submissions = submissions;
        this.repository = repository;
        this.audit = audit;
        this.metrics = metrics;
        this.catalogues = catalogues;
        this.guard = new UploadGuard(UploadGuard.Limits.defaults().withMaxFileBytes(maxMegabytes * MEGABYTE));
        this.maxRows = maxRows;
    }

    /** The units the submitter can download a template for and upload. */
    @Transactional(readOnly = true)
    public List<SubmissionUnit> units() {
        return submissions.myUnits();
    }

    public long maxBytes() {
        return guard.limits().maxFileBytes();
    }

    /** The most rows below the header row of one file; a file with more is refused as soon as it shows. */
    public int maxRows() {
        return maxRows;
    }

    /** Every unit of the submitter × every month from {@code from} to {@code to}, filled with what is stored. */
    @Transactional(readOnly = true)
    public SubmissionTemplate template(YearMonth from, YearMonth to, Locale locale) {
        return template(null, from, to, locale);
    }

    /**
     * The template for one of the submitter's units, or all of them ({@code unitId} null), for the months from
     * {@code from} to {@code to} (at most {@value #MAX_TEMPLATE_MONTHS}), filled with what is stored. It is held in
     * memory whole: a workbook for many units is written with {@link #writeTemplate}.
     */
    @Transactional(readOnly = true)
    public SubmissionTemplate template(Long unitId, YearMonth from, YearMonth to, Locale locale) {
        return template(unitId, from, to, locale, TEMPLATE_UNITS_PER_QUERY);
    }

    SubmissionTemplate template(Long unitId, YearMonth from, YearMonth to, Locale locale, int unitsPerQuery) {
        List<SubmissionTemplate> template = new ArrayList<>();
        writeTemplate(unitId, from, to, locale, (columns, rows) -> {
            List<SubmissionTemplate.Row> all = new ArrayList<>();
            rows.forEach(all::add);
            template.add(new SubmissionTemplate(columns, all));
        }, unitsPerQuery);
        return template.getFirst();
    }

    /**
     * Hands the same template as {@link #template(Long, YearMonth, YearMonth, Locale)} to the {@code writer}, its rows
     * read from the database a few units at a time while the writer takes them, so that the template of thousands of
     * units × {@value #MAX_TEMPLATE_MONTHS} months needs little memory.
     */
    @Transactional(readOnly = true)
    public void writeTemplate(Long unitId, YearMonth from, YearMonth to, Locale locale,
                              SubmissionTemplate.Writer writer) {
        writeTemplate(unitId, from, to, locale, writer, TEMPLATE_UNITS_PER_QUERY);
    }

    void writeTemplate(Long unitId, YearMonth from, YearMonth to, Locale locale, SubmissionTemplate.Writer writer,
                       int unitsPerQuery) {
        new Validation().require(!from.isAfter(to), "from", "kpi.template.fromAfterTo")
                .require(from.plusMonths(MAX_TEMPLATE_MONTHS - 1).compareTo(to) >= 0, "to",
                        "kpi.template.tooManyMonths")
                .throwIfInvalid();
        KpiCatalogue catalogue = catalogues.current();
        List<SubmissionUnit> units = submissions.myUnits().stream()
                .filter(unit -> unitId == null || unit.id() == unitId).toList();
        if (units.isEmpty() && unitId != null) {
            throw new NotFoundOrNotAllowedException("Reporting unit", unitId);
        }
        audit.recordSeparately("KPI_TEMPLATE_EXPORTED", unitId == null ? "kpi_template" : "reporting_unit",
                unitId == null ? 0 : unitId, from + " to " + to + ", " + units.size() + " unit(s)");
        Set<String> channels = units.stream().flatMap(unit -> unit.channels().stream())
                .collect(Collectors.toSet());
        List<InputKey> fields = new InputRules(catalogue, channels).inputsOfUnit();
        List<SubmissionTemplate.Column> columns = fields.stream().map(key -> {
            KpiInput input = catalogue.input(key.code()).orElseThrow();
            return new SubmissionTemplate.Column(key.field(),
                    input.name().in(locale) + channelSuffix(catalogue, key, locale),
                    Translations.text(locale, "kpi.unit." + input.unit()),
                    input.wholeNumber(), false);
        }).collect(Collectors.toCollection(ArrayList::new));
        new InputRules(catalogue, channels).defaultParameters().keySet()
                .forEach(key -> columns.add(definitionColumn(catalogue, key, locale)));
        TemplateRows rows = new TemplateRows(catalogue, submissions.definitionTimeline(
                units.stream().map(SubmissionUnit::id).toList()), from, to);
        writer.write(columns, () -> new TemplateRows.Chunks(units, unitsPerQuery,
                chunk -> rows.of(chunk, latestValues(chunk, from, to))));
    }

    /** The latest revision's values of every stored month of these units (which the caller may read), in two queries. */
    private Map<UnitMonth, Map<InputKey, BigDecimal>> latestValues(List<SubmissionUnit> units, YearMonth from,
                                                                    YearMonth to) {
        List<Head> heads = repository.findAll(units.stream().map(SubmissionUnit::id).toList(), from, to);
        Map<Long, List<Revision>> revisions = repository.revisionsOf(heads.stream().map(Head::id).toList());
        Map<UnitMonth, Map<InputKey, BigDecimal>> latest = new HashMap<>();
        for (Head head : heads) {
            List<Revision> ofMonth = revisions.getOrDefault(head.id(), List.of());
            if (!ofMonth.isEmpty()) {
                latest.put(new UnitMonth(head.unitId(), head.period()), ofMonth.getLast().values());
            }
        }
        return latest;
    }

    /**
     * A field's name as the template's second row writes it ("Offered contacts – Phone", "Service-level threshold
     * (KPI definition) – Phone"); the code itself for a field the catalogue lacks.
     */
    static String fieldName(KpiCatalogue catalogue, String field, Locale locale) {
        InputKey key;
        try {
            key = InputKey.parse(field);
        } catch (RuntimeException e) {
            return field;
        }
        String name = catalogue.input(key.code()).map(input -> input.name().in(locale)).orElseGet(() -> {
            String definition = Translations.text(locale, "definitions.column." + key.code());
            return definition.startsWith("!") ? null : definition;
        });
        return name == null ? field : name + channelSuffix(catalogue, key, locale);
    }

    private static SubmissionTemplate.Column definitionColumn(KpiCatalogue catalogue, InputKey key, Locale locale) {
        String label = Translations.text(locale, "definitions.column." + key.code())
                + channelSuffix(catalogue, key, locale);
        String unit = Translations.text(locale, "definitions.columnUnit." + key.code());
        return new SubmissionTemplate.Column(key.field(), label, unit, !key.code().equals("threshold_hours"), true);
    }

    /** " – Phone" for a per-channel key (the channel's catalogue name), "" for one of the whole unit. */
    static String channelSuffix(KpiCatalogue catalogue, InputKey key, Locale locale) {
        return key.channel().isEmpty() ? "" : " – " + catalogue.channel(key.channel())
                .map(found -> found.name().in(locale)).orElse(key.channel());
    }

    /**
     * Checks every row and stores every changed one as its month's draft and, with {@code submit}, submits it; if any
     * row has a problem, nothing is stored. Rows are checked and stored as they stream, in chunks of
     * {@link UploadRun#CHUNK_ROWS}, in one transaction that a problem rolls back. The rules are the form's: a month
     * whose figures raise warnings is submitted from the form, where the submitter explains them.
     *
     * Rows without values, or with exactly the values already stored, are skipped.
     *
     * @return the number of unit-months stored
     * @throws UploadRejectedException with every problem by sheet, row and column (the first
     *     {@link UploadRun#MAX_PROBLEMS}, then how many more)
     */
    @Transactional
    public int upload(Path file, String fileName, boolean submit, Locale locale) {
        return upload(file, fileName, submit, locale, UploadRun.CHUNK_ROWS);
    }

    int upload(Path file, String fileName, boolean submit, Locale locale, int chunkRows) {
        UploadStorage storage = new UploadStorage(repository, audit, metrics, submissions.uploadStamp(), submit,
                fileName);
        long start = System.nanoTime();
        UploadRun run = new UploadRun(submissions, repository, storage, catalogues.current(), submit, chunkRows,
                locale);
        try {
            UploadVerdict verdict = guard.check(file, fileName);
            if (verdict instanceof UploadVerdict.Refused refused) {
                throw refusal(refused.reason());
            }
            ReadAhead.read(parser(catalogues.current()), file,
                    ((UploadVerdict.Accepted) verdict).format(), run);
        } catch (UploadRefusedException e) {
            throw refusal(e.reason());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UploadProblems problems = run.finish();
        log.debug("Upload of {}: {} unit-months changed, {} problems in {} ms ({})", fileName, run.changed(),
                problems.total(), (System.nanoTime() - start) / 1_000_000, run.timings());
        if (!problems.isEmpty()) {
            metrics.uploadNotStored(UploadOutcome.REJECTED);
            throw new UploadRejectedException(problems.list(), problems.total());
        }
        metrics.uploadStored(run.changed());
        return run.changed();
    }

    /**
     * A parser that knows which columns hold whole numbers (counts: "1.234" then groups thousands even where the file
     * shows no convention) and which may be percentages (none of the raw inputs: nobody types in a percentage).
     */
    private UploadParser parser(KpiCatalogue catalogue) {
        Set<String> wholeNumbers = new java.util.HashSet<>();
        Set<String> percentages = new java.util.HashSet<>();
        for (KpiInput input : catalogue.inputs()) {
            if (input.wholeNumber()) {
                wholeNumbers.add(input.code());
            }
            if ("percent".equals(input.unit())) {
                percentages.add(input.code());
            }
        }
        // as the template marks them: every definition parameter is whole but the hours of a written-channel norm
        parameterCodes(catalogue).stream().filter(code -> !code.equals("threshold_hours")).forEach(wholeNumbers::add);
        return new UploadParser(parameterCodes(catalogue), wholeNumbers, percentages, maxRows);
    }

    /** The codes of the catalogue's definition parameters ({@code threshold_seconds} …), which a file may give. */
    private static Set<String> parameterCodes(KpiCatalogue catalogue) {
        return catalogue.parameters().stream().map(KpiParameter::code).collect(Collectors.toSet());
    }

    private UploadRejectedException refusal(UploadRefusal reason) {
        metrics.uploadNotStored(UploadOutcome.REFUSED);
        Object limit = reason == UploadRefusal.TOO_MANY_ROWS ? (Object) maxRows : (Object) (maxBytes() / MEGABYTE);
        return new UploadRejectedException(List.of(UploadProblem.at("", 0, "", reason.key(), limit)));
    }
}
