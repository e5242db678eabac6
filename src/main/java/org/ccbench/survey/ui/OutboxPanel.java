package org.ccbench.survey.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.ZoneId;
import java.util.List;
import org.ccbench.base.ui.GridHeight;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Labels;
import org.ccbench.mail.MailMessage;

/** The e-mails of a campaign; without an SMTP server this is where the invitation links are. */
class OutboxPanel extends VerticalLayout {

    OutboxPanel(List<MailMessage> messages, ZoneId zone) {
        setId("outbox-panel");
        setPadding(false);
        Grid<MailMessage> grid = new Grid<>();
        grid.setId("outbox-grid");
        GridHeight.fit(grid, messages.size());
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(MailMessage::recipient).setHeader(getTranslation("outbox.recipient")).setAutoWidth(true);
        grid.addColumn(MailMessage::subject).setHeader(getTranslation("outbox.subject")).setFlexGrow(2);
        grid.addColumn(m -> status(m, zone)).setHeader(getTranslation("field.status")).setAutoWidth(true);
        grid.addColumn(m -> Dates.dateTime(m.createdAt(), zone)).setHeader(getTranslation("outbox.created"))
                .setAutoWidth(true);
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new MailBody(m.body())));
        grid.setItems(messages);
        EmptyState empty = new EmptyState(getTranslation("outbox.empty"));
        empty.setVisible(messages.isEmpty());
        add(new com.vaadin.flow.component.html.Paragraph(getTranslation("outbox.help")), empty, grid);
    }

    /** A failed attempt says so and when the next one is, so a mail-server outage is visible here. */
    private String status(MailMessage message, ZoneId zone) {
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
