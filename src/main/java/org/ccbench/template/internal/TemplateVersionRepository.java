package org.ccbench.template.internal;

import static org.ccbench.db.Tables.TEMPLATE_VERSION;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ccbench.db.tables.records.TemplateVersionRecord;
import org.ccbench.template.TemplateKind;
import org.ccbench.template.TemplateOrigin;
import org.ccbench.template.TemplateStatus;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Repository
class TemplateVersionRepository {

    private final DSLContext dsl;
    private final Clock clock;

    TemplateVersionRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    List<StoredTemplate> findAll() {
        return dsl.selectFrom(TEMPLATE_VERSION).orderBy(TEMPLATE_VERSION.ID).fetch(TemplateVersionRepository::toStored);
    }

    /**
     * What changes whenever a version is added or a draft replaced, on any node: each row's id, status and content
     * hash, read without the texts.
     */
    String fingerprint() {
        return dsl.select(TEMPLATE_VERSION.ID, TEMPLATE_VERSION.STATUS, TEMPLATE_VERSION.CONTENT_SHA256)
                .from(TEMPLATE_VERSION).orderBy(TEMPLATE_VERSION.ID)
                .fetch(r -> r.value1() + ":" + r.value2() + ":" + r.value3()).toString();
    }

    Optional<StoredTemplate> find(String templateId, String version) {
        return dsl.selectFrom(TEMPLATE_VERSION)
                .where(TEMPLATE_VERSION.TEMPLATE_ID.eq(templateId).and(TEMPLATE_VERSION.VERSION.eq(version)))
                .fetchOptional(TemplateVersionRepository::toStored);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void insert(StoredTemplate template) {
        dsl.insertInto(TEMPLATE_VERSION)
                .set(TEMPLATE_VERSION.TEMPLATE_ID, template.templateId())
                .set(TEMPLATE_VERSION.VERSION, template.version())
                .set(TEMPLATE_VERSION.KIND, template.kind().name())
                .set(content(template))
                .set(TEMPLATE_VERSION.CREATED_AT, template.acceptedAt())
                .set(TEMPLATE_VERSION.CREATED_BY, template.acceptedBy())
                .set(TEMPLATE_VERSION.UPDATED_AT, template.acceptedAt())
                .set(TEMPLATE_VERSION.UPDATED_BY, template.acceptedBy())
                .execute();
    }

    /** Drafts may be edited; a published or retired version never changes (the update then touches no row). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean replaceDraft(StoredTemplate template) {
        return dsl.update(TEMPLATE_VERSION)
                .set(content(template))
                .set(TEMPLATE_VERSION.UPDATED_AT, OffsetDateTime.now(clock))
                .set(TEMPLATE_VERSION.UPDATED_BY, template.acceptedBy())
                .where(TEMPLATE_VERSION.TEMPLATE_ID.eq(template.templateId())
                        .and(TEMPLATE_VERSION.VERSION.eq(template.version()))
                        .and(TEMPLATE_VERSION.STATUS.eq(TemplateStatus.DRAFT.name())))
                .execute() == 1;
    }

    /** What a draft replacement may change: everything but the identity and the first acceptance. */
    private static Map<Field<?>, Object> content(StoredTemplate template) {
        Map<Field<?>, Object> content = new LinkedHashMap<>();
        content.put(TEMPLATE_VERSION.STATUS, template.status().name());
        content.put(TEMPLATE_VERSION.TITLE, template.title());
        content.put(TEMPLATE_VERSION.CONTENT, template.content());
        content.put(TEMPLATE_VERSION.CONTENT_SHA256, template.contentSha256());
        content.put(TEMPLATE_VERSION.ORIGIN, template.origin().name());
        content.put(TEMPLATE_VERSION.SOURCE_NAME, template.sourceName());
        return content;
    }

    private static StoredTemplate toStored(TemplateVersionRecord r) {
        return new StoredTemplate(r.getTemplateId(), r.getVersion(), TemplateKind.valueOf(r.getKind()),
                TemplateStatus.valueOf(r.getStatus()), r.getTitle(), r.getContent(), r.getContentSha256(),
                TemplateOrigin.valueOf(r.getOrigin()), r.getSourceName(), r.getUpdatedAt(), r.getUpdatedBy());
    }
}
