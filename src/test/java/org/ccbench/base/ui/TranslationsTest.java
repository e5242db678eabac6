package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ccbench.organisation.CenterStatus;
import org.ccbench.organisation.Channel;
import org.ccbench.organisation.OrganisationKind;
import org.ccbench.organisation.Sector;
import org.ccbench.organisation.UnitStatus;
import org.ccbench.security.Role;
import org.ccbench.survey.Audience;
import org.ccbench.survey.CampaignPhase;
import org.ccbench.survey.InvitationStatus;
import org.ccbench.mail.MailMessage;
import org.ccbench.template.QuestionChangeKind;
import org.ccbench.template.TemplateKind;
import org.ccbench.template.TemplateOrigin;
import org.ccbench.template.TemplateStatus;
import org.junit.jupiter.api.Test;

/** English and Dutch must cover the same keys, and every key the code uses must exist. */
class TranslationsTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|translate|title\\s*=|picker)\\(?\\s*\"([A-Za-z]+\\.[A-Za-z0-9_.]+)\"");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"(validation\\.[A-Za-z0-9_.]+)\"");

    @Test
    void englishAndDutchHaveTheSameKeys() throws IOException {
        assertThat(load("translations_nl.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("translations.properties").stringPropertyNames());
    }

    @Test
    void everyKeyUsedInTheCodeIsTranslated() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                collect(KEY_IN_CODE, source, used);
                collect(VALIDATION_KEY, source, used);
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        assertThat(load("translations.properties").stringPropertyNames()).containsAll(used);
    }

    @Test
    void everyEnumValueShownInTheUiHasALabel() throws IOException {
        Set<String> expected = new HashSet<>();
        for (Class<? extends Enum<?>> type : List.of(Sector.class, Channel.class, Role.class, OrganisationKind.class,
                CenterStatus.class, UnitStatus.class, TemplateKind.class, TemplateStatus.class,
                TemplateOrigin.class, QuestionChangeKind.class,
                CampaignPhase.class, Audience.class, InvitationStatus.class, MailMessage.MailStatus.class,
                org.ccbench.survey.SourcingModel.class, org.ccbench.survey.QualityFlag.class,
                org.ccbench.kpi.SubmissionStatus.class, org.ccbench.kpi.RevisionStatus.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                expected.add(type.getSimpleName() + "." + value.name());
            }
        }
        assertThat(load("translations.properties").stringPropertyNames()).containsAll(expected);
    }

    private static void collect(Pattern pattern, String source, Set<String> into) {
        Matcher matcher = pattern.matcher(source);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
