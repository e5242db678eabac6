package org.ccbench.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ccbench.audit.AuditLog;
import org.ccbench.privacy.internal.ErasureRepository;
import org.ccbench.privacy.internal.RetentionRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Erases the personal data of campaigns past their retention period, once a night on every node: the invitees'
 * e-mail addresses (in invitations and outbox e-mails, whose text goes too), answers saved in questionnaires never
 * submitted, and free-text answers. Invitation statuses, closed answers and all figures stay. Each campaign is
 * claimed and erased in one transaction ({@link RetentionRepository#claim}), so with several nodes it is erased
 * once, and a run that fails leaves it untouched for the next.
 */
@Component
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);

    private final RetentionRepository retention;
    private final ErasureRepository erasure;
    private final OpenQuestions openQuestions;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    RetentionJob(RetentionRepository retention, ErasureRepository erasure, OpenQuestions openQuestions,
                 AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.retention = retention;
        this.erasure = erasure;
        this.openQuestions = openQuestions;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** What one run erased in one campaign. */
    public record Erased(long campaignId, int emails, int mails, int draftAnswers, int freeTextAnswers) {
    }

    @Scheduled(cron = "${ccbench.privacy.retention-cron:0 17 3 * * *}", zone = "${ccbench.time-zone:Europe/Amsterdam}")
    public void nightly() {
        List<Erased> erased = run(LocalDate.now(clock));
        if (!erased.isEmpty()) {
            LOG.info("Retention: personal data erased in {} campaign(s): {}", erased.size(), erased);
        }
    }

    /** Erases every campaign due on {@code today}: the nightly run, and tests that move the date on. */
    public List<Erased> run(LocalDate today) {
        List<Erased> done = new ArrayList<>();
        for (CampaignRetention campaign : retention.notYetErased()) {
            if (!campaign.isDue(today)) {
                continue;
            }
            try {
                Erased erased = transaction.execute(status -> erase(campaign, today));
                if (erased != null) {
                    done.add(erased);
                }
            } catch (DataAccessException busy) {
                LOG.warn("Retention: campaign {} not erased in this run ({}); the next run tries again",
                        campaign.campaignId(), busy.getMessage());
            }
        }
        return done;
    }

    private Erased erase(CampaignRetention campaign, LocalDate today) {
        if (!retention.claim(campaign.campaignId(), today)) {
            return null;
        }
        long id = campaign.campaignId();
        Erased erased = new Erased(id, erasure.eraseInvitationsOfCampaign(id), erasure.eraseMailsOfCampaign(id),
                erasure.deleteDraftAnswersOfCampaign(id), erasure.eraseFreeTextOfCampaign(id,
                        openQuestions.of(campaign.templateId(), campaign.templateVersion())));
        audit.record("RETENTION_ERASED", RetentionService.SUBJECT, id, campaign.months() + " months after "
                + campaign.closesOn() + ": " + erased.emails() + " invitee e-mail addresses, " + erased.mails()
                + " e-mails, " + erased.draftAnswers() + " unsubmitted answers, " + erased.freeTextAnswers()
                + " free-text answers");
        return erased;
    }
}
