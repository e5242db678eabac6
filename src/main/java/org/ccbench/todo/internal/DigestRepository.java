package org.ccbench.todo.internal;

import static org.ccbench.db.Tables.APP_USER;
import static org.ccbench.db.Tables.APP_USER_ROLE;
import static org.ccbench.db.Tables.TODO_DIGEST;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ccbench.security.Role;
import org.ccbench.todo.DigestFrequency;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Each user's digest choice and the day their last digest was claimed. */
@Repository
public class DigestRepository {

    /** An enabled user who may receive a digest, with their own choice (empty: the role's default). */
    public record Recipient(long userId, String email, Set<Role> roles, Optional<DigestFrequency> chosen) {

        public DigestFrequency frequency() {
            return chosen.orElseGet(() -> DigestFrequency.defaultFor(roles));
        }
    }

    private final DSLContext dsl;

    DigestRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<DigestFrequency> chosenBy(long userId) {
        return dsl.select(TODO_DIGEST.FREQUENCY).from(TODO_DIGEST).where(TODO_DIGEST.USER_ID.eq(userId))
                .fetchOptional(TODO_DIGEST.FREQUENCY).map(DigestFrequency::valueOf);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void choose(long userId, DigestFrequency frequency) {
        ensureRow(userId);
        dsl.update(TODO_DIGEST).set(TODO_DIGEST.FREQUENCY, frequency.name()).where(TODO_DIGEST.USER_ID.eq(userId))
                .execute();
    }

    /** Every enabled user with their roles and choice, in id order. */
    public List<Recipient> enabledUsers() {
        Map<Long, Recipient> byId = new LinkedHashMap<>();
        dsl.select(APP_USER.ID, APP_USER.EMAIL, APP_USER_ROLE.ROLE, TODO_DIGEST.FREQUENCY).from(APP_USER)
                .join(APP_USER_ROLE).on(APP_USER_ROLE.USER_ID.eq(APP_USER.ID))
                .leftJoin(TODO_DIGEST).on(TODO_DIGEST.USER_ID.eq(APP_USER.ID))
                .where(APP_USER.ENABLED.isTrue()).orderBy(APP_USER.ID).forEach(r -> {
                    Recipient known = byId.computeIfAbsent(r.get(APP_USER.ID), id -> new Recipient(id,
                            r.get(APP_USER.EMAIL), EnumSet.noneOf(Role.class),
                            Optional.ofNullable(r.get(TODO_DIGEST.FREQUENCY)).map(DigestFrequency::valueOf)));
                    known.roles().add(Role.valueOf(r.get(APP_USER_ROLE.ROLE)));
                });
        return byId.values().stream().map(r -> new Recipient(r.userId(), r.email(), Set.copyOf(r.roles()),
                r.chosen())).toList();
    }

    /**
     * Dates the user's digest {@code today}, as the first step of sending it in the same transaction. Of nodes claiming
     * at once exactly one updates the row (the others wait for its lock, then find it dated), so it is sent once.
     *
     * @return whether this transaction sends the user's digest today
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(long userId, LocalDate today) {
        ensureRow(userId);
        return dsl.update(TODO_DIGEST).set(TODO_DIGEST.LAST_SENT_ON, today)
                .where(TODO_DIGEST.USER_ID.eq(userId)
                        .and(TODO_DIGEST.LAST_SENT_ON.isNull().or(TODO_DIGEST.LAST_SENT_ON.lt(today))))
                .execute() == 1;
    }

    private void ensureRow(long userId) {
        dsl.insertInto(TODO_DIGEST, TODO_DIGEST.USER_ID).values(userId).onConflictDoNothing().execute();
    }
}
