package org.ccbench.template.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.ccbench.base.Sha256;
import org.ccbench.template.KpiCatalogue;
import org.ccbench.template.Localized;
import org.ccbench.template.Questionnaire;
import org.ccbench.template.TemplateKind;
import org.ccbench.template.TemplateProblem;
import org.ccbench.template.TemplateStatus;

/** One template file's text, checked with the reader its {@code schema} asks for. */
final class TemplateFile {

    private static final Pattern CATALOGUE_SCHEMA = Pattern.compile("(?m)^schema:\\s*[\"']?ccbench\\.kpi-catalogue/");

    /** A file that passed every rule, with what the store and the templates page need of it. */
    record Accepted(TemplateKind kind, String templateId, String version, TemplateStatus status, Localized title,
                    int questionCount, Questionnaire questionnaire, KpiCatalogue catalogue, String content,
                    String contentSha256) {
    }

    sealed interface Checked permits Passed, Failed {
    }

    record Passed(Accepted accepted) implements Checked {
    }

    record Failed(List<TemplateProblem> problems) implements Checked {
    }

    private TemplateFile() {
    }

    static boolean declaresCatalogue(String content) {
        return CATALOGUE_SCHEMA.matcher(content).find();
    }

    static Checked check(String fileName, String rawContent, Function<String, Optional<KpiCatalogue>> catalogues) {
        String content = normalised(rawContent);
        Problems problems = new Problems(fileName);
        if (!fileName.endsWith(".yaml")) {
            problems.add("(file)", 0, "a template file is a .yaml file");
            return new Failed(problems.list());
        }
        String sha = sha256(content);
        if (declaresCatalogue(content)) {
            return CatalogueReader.read(content, problems)
                    .<Checked>map(catalogue -> new Passed(new Accepted(TemplateKind.KPI_CATALOGUE,
                            catalogue.catalogueId(), catalogue.version(), catalogue.status(),
                            catalogueTitle(catalogue), 0, null, catalogue, content, sha)))
                    .orElseGet(() -> new Failed(problems.list()));
        }
        String stem = fileName.substring(fileName.lastIndexOf('/') + 1, fileName.length() - ".yaml".length());
        return QuestionnaireReader.read(stem, content, problems, catalogues)
                .<Checked>map(questionnaire -> new Passed(new Accepted(TemplateKind.QUESTIONNAIRE,
                        questionnaire.templateId(), questionnaire.version(), questionnaire.status(),
                        questionnaire.title(), questionnaire.questions().size(), questionnaire, null, content, sha)))
                .orElseGet(() -> new Failed(problems.list()));
    }

    private static Localized catalogueTitle(KpiCatalogue catalogue) {
        return new Localized(Map.of("en", "KPI catalogue " + catalogue.catalogueId(),
                "nl", "KPI-catalogus " + catalogue.catalogueId()));
    }

    /** The same file saved on Windows or with a byte-order mark is the same version. */
    static String normalised(String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return text.replace("\r\n", "\n");
    }

    static String sha256(String content) {
        return Sha256.hex(content);
    }
}
