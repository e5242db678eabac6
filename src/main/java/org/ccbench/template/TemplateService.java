package org.ccbench.template;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.security.Access;
import org.ccbench.security.CurrentUser;
import org.ccbench.template.internal.TemplateStore;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The benchmark administrator's view of the template library: versions, broken files, changes, uploads. */
@Service
@PreAuthorize(Access.ADMIN)
public class TemplateService {

    /** Larger than any sensible questionnaire; keeps a wrong upload from filling memory. */
    public static final int MAX_UPLOAD_BYTES = 1_000_000;

    private final TemplateStore store;
    private final CurrentUser currentUser;

    TemplateService(TemplateStore store, CurrentUser currentUser) {
        this.store = store;
        this.currentUser = currentUser;
    }

    public List<TemplateVersion> versions() {
        return store.versions();
    }

    public List<TemplateProblem> problems() {
        return store.problems();
    }

    /** What changed from one version of a questionnaire to another, by question id. */
    public List<QuestionChange> compare(String templateId, String fromVersion, String toVersion) {
        return QuestionnaireDiff.between(questionnaire(templateId, fromVersion), questionnaire(templateId, toVersion));
    }

    public Questionnaire questionnaire(String templateId, String version) {
        return store.questionnaire(templateId, version)
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Template", templateId + " " + version));
    }

    /**
     * Adds an uploaded template version after the same checks as the shipped files.
     *
     * @throws TemplateRejectedException with every problem found; nothing is stored then
     */
    @Transactional
    public UploadResult upload(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "");
        if (content.length > MAX_UPLOAD_BYTES) {
            throw rejected(name, "the file is larger than " + MAX_UPLOAD_BYTES / 1000 + " kB");
        }
        TemplateStore.Result result = store.accept(name, utf8(name, content), TemplateOrigin.UPLOADED,
                currentUser.auditName());
        return new UploadResult(switch (result.outcome()) {
            case ADDED -> UploadResult.Outcome.ADDED;
            case DRAFT_REPLACED -> UploadResult.Outcome.DRAFT_REPLACED;
            case UNCHANGED -> UploadResult.Outcome.ALREADY_LOADED;
        }, result.version());
    }

    private static String utf8(String name, byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw rejected(name, "the file is not UTF-8 text");
        }
    }

    private static TemplateRejectedException rejected(String name, String message) {
        return new TemplateRejectedException(List.of(new TemplateProblem(name, "(file)", 0, message)));
    }
}
