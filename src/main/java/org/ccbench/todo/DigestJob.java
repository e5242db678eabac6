package org.ccbench.todo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ccbench.base.Translations;
import org.ccbench.mail.Mailer;
import org.ccbench.security.SignedInUser;
import org.ccbench.todo.internal.DigestRepository;
import org.ccbench.todo.internal.DigestRepository.Recipient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mails each user the digest of their to-do list in their language, every morning on every node: daily, or on
 * Mondays for a weekly digest, never when they switched it off or when there is nothing to do. Each user's digest is
 * claimed ({@link DigestRepository#claim}) and written to the outbox in one transaction, so with several nodes it is
 * sent once. The items are those the user sees on the start page: the job asks {@link ToDoService} as that user.
 */
@Component
public class DigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(DigestJob.class);
    /** Items of one kind written into the e-mail before "and N more" with the link to their page. */
    static final int PER_KIND = 10;

    private final DigestRepository digests;
    private final ToDoService toDo;
    private final UserDetailsService users;
    private final Mailer mailer;
    private final TransactionTemplate transaction;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;
    private final String portalUrl;

    DigestJob(DigestRepository digests, ToDoService toDo, UserDetailsService users, Mailer mailer,
              TransactionTemplate transaction, ObjectProvider<SecurityContextHolderStrategy> strategy, Clock clock,
              @Value("${ccbench.public-url:http://localhost:8080}") String publicUrl) {
        this.digests = digests;
        this.toDo = toDo;
        this.users = users;
        this.mailer = mailer;
        this.transaction = transaction;
        this.contexts = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
        this.clock = clock;
        this.portalUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @Scheduled(cron = "${ccbench.todo.digest-cron:0 0 7 * * *}", zone = "${ccbench.time-zone:Europe/Amsterdam}")
    public void morning() {
        run(LocalDate.now(clock));
    }

    /** Sends the digests due on {@code today}; returns the e-mail addresses this node sent one to. */
    public List<String> run(LocalDate today) {
        List<String> sent = new ArrayList<>();
        for (Recipient recipient : digests.enabledUsers()) {
            if (!recipient.frequency().sendsOn(today)) {
                continue;
            }
            try {
                Boolean done = transaction.execute(status -> {
                    if (!digests.claim(recipient.userId(), today) || !send(recipient)) {
                        status.setRollbackOnly();
                        return false;
                    }
                    return true;
                });
                if (Boolean.TRUE.equals(done)) {
                    sent.add(recipient.email());
                }
            } catch (DataAccessException busy) {
                LOG.warn("Digest for user {} not sent in this run ({})", recipient.userId(), busy.getMessage());
            }
        }
        return sent;
    }

    /** Writes the user's digest to the outbox, as that user; false when there is nothing to do. */
    private boolean send(Recipient recipient) {
        if (!(users.loadUserByUsername(recipient.email()) instanceof SignedInUser user)) {
            return false;
        }
        SecurityContext previous = contexts.getContext();
        SecurityContext asUser = contexts.createEmptyContext();
        asUser.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.withoutPasswordHash(), null,
                user.getAuthorities()));
        contexts.setContext(asUser);
        try {
            List<ToDoItem> items = toDo.mine();
            if (items.isEmpty()) {
                return false;
            }
            Locale locale = user.locale();
            StringBuilder body = new StringBuilder(Translations.text(locale, "mail.todoDigest.greeting",
                    user.displayName())).append("\n\n");
            for (ToDoGroup group : ToDoGroup.of(items, PER_KIND)) {
                String badge = Translations.text(locale, group.kind().badgeKey());
                for (ToDoItem item : group.shown()) {
                    body.append("- ").append(badge).append(": ").append(toDo.text(item, locale))
                            .append("\n  ").append(portalUrl).append(item.route()).append('\n');
                }
                if (group.more() > 0) {
                    body.append("- ").append(badge).append(": ")
                            .append(Translations.text(locale, "todo.more", group.more()))
                            .append("\n  ").append(portalUrl).append(group.kind().listRoute()).append('\n');
                }
            }
            body.append('\n').append(Translations.text(locale, "mail.todoDigest.footer",
                    portalUrl + "account/security"));
            mailer.send(null, user.email(), Translations.text(locale, "mail.todoDigest.subject", items.size()),
                    body.toString());
            return true;
        } finally {
            contexts.setContext(previous);
        }
    }
}
