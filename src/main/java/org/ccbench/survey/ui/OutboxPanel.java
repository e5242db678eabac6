package org.ccbench.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.ZoneId;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.GridHeight;
import org.ccbench.base.ui.Labels;
import org.ccbench.mail.MailMessage;
import org.ccbench.mail.OutboxEntry;
import org.ccbench.survey.CampaignService;

/**
 * The e-mails of a campaign; without an SMTP server this is where the invitation links are. The grid reads the page
 * of e-mails in view, without bodies; a body is read when its row is opened. A campaign of 10,000 invitees has tens
 * of thousands of e-mails, which read whole took seconds and megabytes of the session.
 */
class OutboxPanel extends VerticalLayout {

    OutboxPanel(CampaignService campaigns, long campaignId, ZoneId zone) {
        setId("outbox-panel");
        setPadding(false);
        int size = campaigns.outboxSize(campaignId);
        Grid<OutboxEntry> grid = new Grid<>();
        grid.setId("outbox-grid");
        GridHeight.fit(grid, size);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(OutboxEntry::recipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(2);
        grid.addColumn(m -> status(m, zone)).setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addColumn(m -> Dates.dateTime(m.createdAt(), zone)).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(m -> new MailBody(campaigns.outboxBody(campaignId,
                m.id()))));
        grid.setItems(query -> campaigns.outboxPage(campaignId, query.getOffset(), query.getLimit()).stream(),
                query -> campaigns.outboxSize(campaignId));
        EmptyState empty = new EmptyState(getTranslation("outbox.empty"));
        empty.setVisible(size == 0);
        add(new Paragraph(getTranslation("outbox.help")), empty, grid);
    }

    /** A failed attempt says so and when the next one is, so a mail-server outage is visible here. */
    private String status(OutboxEntry message, ZoneId zone) {
        String status = Labels.of(message.status());
        if (message.error() == null || message.status() == MailMessage.MailStatus.SENT) {
            return status;
        }
        return message.status() == MailMessage.MailStatus.QUEUED && message.nextAttemptAt() != null
                ? getTranslation("outbox.retrying", status, message.attempts(), Dates.dateTime(message.nextAttemptAt(), zone),
                        message.error())
                : getTranslation("outbox.failed", status, message.attempts(), message.error());
    }
}
