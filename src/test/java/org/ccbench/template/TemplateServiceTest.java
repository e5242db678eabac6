package org.ccbench.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ccbench.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/** The template library on the real database: shipped files at start-up, uploads, immutability and changes. */
@Import(TestClock.class)
@SpringBootTest
@TestPropertySource(properties = "ccbench.test.database-name=templates")
@WithMockUser(roles = "ADMIN")
class TemplateServiceTest {

    static final String CS = "tote-m-style-client-satisfaction";

    @Autowired
    TemplateService templates;

    @Autowired
    Questionnaires questionnaires;

    static String shipped(String stem) throws Exception {
        return Files.readString(Path.of("benchmark-templates", stem + ".yaml"));
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shippedTemplatesAreLoadedAtStartUpWithoutProblems() {
        assertThat(templates.problems()).isEmpty();
        assertThat(templates.versions())
                .filteredOn(version -> version.origin() == TemplateOrigin.SHIPPED)
                .extracting(TemplateVersion::templateId, TemplateVersion::version, TemplateVersion::kind,
                        TemplateVersion::questionCount)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("ccbench-core", "1.0.0", TemplateKind.KPI_CATALOGUE, 0),
                        org.assertj.core.groups.Tuple.tuple("kirc-style-trends", "1.0.0", TemplateKind.QUESTIONNAIRE,
                                39),
                        org.assertj.core.groups.Tuple.tuple(CS, "1.0.0", TemplateKind.QUESTIONNAIRE, 34));
        assertThat(questionnaires.published()).extracting(Questionnaire::templateId).contains(CS, "kirc-style-trends");
    }

    @Test
    void newVersionIsAddedAndItsChangesAreListedByQuestion() throws Exception {
        String next = shipped(CS).replace("version: 1.0.0", "version: 1.1.0")
                .replace("en: \"All things considered, how satisfied are you with this contact center?\"",
                        "en: \"Overall, how satisfied are you with this contact center?\"")
                .replace("{code: doubt, label: {en: \"I would have doubts\", nl: \"Ik zou twijfelen\"}, score: 50}",
                        "{code: doubt, label: {en: \"Not sure\", nl: \"Weet ik niet\"}, score: 50}")
                .replace("""
                              - id: t_improvement
                                type: text
                                text:
                                  en: "Which single improvement would matter most to you?"
                                  nl: "Welke verbetering zou voor u het meeste verschil maken?"
                                validation: {max_length: 1000}
                        """, """
                              - id: t_other_remarks
                                type: text
                                text:
                                  en: "Anything else you would like to tell us?"
                                  nl: "Wilt u ons nog iets anders laten weten?"
                                validation: {max_length: 2000}
                        """);

        UploadResult result = templates.upload(CS + ".yaml", bytes(next));

        assertThat(result.outcome()).isEqualTo(UploadResult.Outcome.ADDED);
        assertThat(result.version().origin()).isEqualTo(TemplateOrigin.UPLOADED);
        assertThat(templates.compare(CS, "1.0.0", "1.1.0"))
                .extracting(QuestionChange::kind, QuestionChange::questionId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(QuestionChangeKind.ADDED, "t_other_remarks"),
                        org.assertj.core.groups.Tuple.tuple(QuestionChangeKind.REMOVED, "t_improvement"),
                        org.assertj.core.groups.Tuple.tuple(QuestionChangeKind.REWORDED, "o_overall_satisfaction"),
                        org.assertj.core.groups.Tuple.tuple(QuestionChangeKind.OPTIONS_CHANGED, "o_choose_again"));
        assertThat(questionnaires.published()).filteredOn(q -> q.templateId().equals(CS))
                .extracting(Questionnaire::version).startsWith("1.1.0");
    }

    @Test
    void identicalUploadOfALoadedVersionChangesNothing() throws Exception {
        int before = templates.versions().size();

        UploadResult result = templates.upload(CS + ".yaml", bytes(shipped(CS).replace("\n", "\r\n")));

        assertThat(result.outcome()).isEqualTo(UploadResult.Outcome.ALREADY_LOADED);
        assertThat(templates.versions()).hasSize(before);
    }

    @Test
    void publishedVersionWithDifferentContentIsRefusedAndKept() throws Exception {
        String edited = shipped(CS).replace("Overall judgement", "General judgement");

        assertThatThrownBy(() -> templates.upload(CS + ".yaml", bytes(edited)))
                .isInstanceOfSatisfying(TemplateRejectedException.class, e -> assertThat(e.problems())
                        .singleElement().satisfies(problem -> assertThat(problem.message())
                                .contains("already published with different content")));
        assertThat(templates.questionnaire(CS, "1.0.0").sections().get(1).title().texts().get("en"))
                .isEqualTo("Overall judgement");
    }

    @Test
    void draftVersionCanBeReplacedUntilPublished() throws Exception {
        String draft = shipped(CS).replace("version: 1.0.0", "version: 1.5.0").replace("status: published",
                "status: draft");
        assertThat(templates.upload(CS + ".yaml", bytes(draft)).outcome()).isEqualTo(UploadResult.Outcome.ADDED);

        UploadResult replaced = templates.upload(CS + ".yaml", bytes(draft.replace("Overall judgement", "Verdict")));

        assertThat(replaced.outcome()).isEqualTo(UploadResult.Outcome.DRAFT_REPLACED);
        assertThat(templates.questionnaire(CS, "1.5.0").sections().get(1).title().texts().get("en"))
                .isEqualTo("Verdict");
        assertThat(questionnaires.published()).extracting(Questionnaire::version).doesNotContain("1.5.0");
    }

    @Test
    void brokenUploadListsEveryProblemAndStoresNothing() throws Exception {
        int before = templates.versions().size();
        String broken = shipped(CS).replace("version: 1.0.0", "version: 1.9.0").replace("type: nps0_10", "type: nps")
                .replace("min_respondents: 5", "min_respondents: 1");

        assertThatThrownBy(() -> templates.upload(CS + ".yaml", bytes(broken)))
                .isInstanceOfSatisfying(TemplateRejectedException.class, e -> assertThat(e.problems())
                        .extracting(TemplateProblem::place)
                        .containsExactlyInAnyOrder("anonymity.min_respondents",
                                "sections[overall].questions[o_recommend].type"));
        assertThat(templates.versions()).hasSize(before);
    }

    @Test
    void uploadNamedDifferentlyFromItsTemplateIdIsRefused() throws Exception {
        String next = shipped(CS).replace("version: 1.0.0", "version: 1.8.0");

        assertThatThrownBy(() -> templates.upload("client-satisfaction-2027.yaml", bytes(next)))
                .isInstanceOfSatisfying(TemplateRejectedException.class, e -> assertThat(e.problems())
                        .extracting(TemplateProblem::message)
                        .anySatisfy(message -> assertThat(message).contains("must equal the file name")));
    }

    @Test
    void binaryUploadIsRefusedAsNotText() {
        assertThatThrownBy(() -> templates.upload(CS + ".yaml", new byte[] {(byte) 0xC3, (byte) 0x28}))
                .isInstanceOfSatisfying(TemplateRejectedException.class, e -> assertThat(e.problems())
                        .extracting(TemplateProblem::message).containsExactly("the file is not UTF-8 text"));
    }

    @Test
    @WithMockUser(roles = "SOURCING_MANAGER")
    void onlyAdministratorsManageTemplates() {
        assertThatThrownBy(() -> templates.versions()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> templates.upload(CS + ".yaml", bytes("x")))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThat(questionnaires.find(CS, "1.0.0")).isPresent();
    }

    @Test
    void unknownVersionIsNotFound() {
        assertThatThrownBy(() -> templates.compare(CS, "1.0.0", "9.9.9"))
                .isInstanceOf(org.ccbench.base.NotFoundOrNotAllowedException.class);
    }
}
