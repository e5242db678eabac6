package org.ccbench.survey.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.ccbench.base.ui.GridHeight;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.Notifications;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignStateException;
import org.ccbench.survey.ResponseReview;
import org.ccbench.survey.ResponseReviewService;

/** The administrator's review of submitted responses: quality hints, exclusion with a reason, reopening. */
class ResponsesPanel extends VerticalLayout {

    private final ResponseReviewService review;
    private final Campaign campaign;
    private final Runnable onChange;

    ResponsesPanel(ResponseReviewService review, Campaign campaign, Runnable onChange) {
        this.review = review;
        this.campaign = campaign;
        this.onChange = onChange;
        setId("responses-panel");
        setPadding(false);
        int count = review.responseCount(campaign.id());
        Grid<ResponseReview> grid = new Grid<>();
        grid.setId("responses-grid");
        GridHeight.fit(grid, count);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(response -> response.responseId().substring(0, 8)).setHeader(getTranslation("review.response"))
                .setAutoWidth(true);
        grid.addColumn(response -> Dates.format(response.submittedOn())).setHeader(getTranslation("review.submitted"))
                .setAutoWidth(true);
        if (!campaign.anonymous()) {
            grid.addColumn(ResponseReview::organisation).setHeader(getTranslation("review.organisation"))
                    .setAutoWidth(true);
        }
        grid.addColumn(this::subject).setHeader(getTranslation("review.subject")).setAutoWidth(true);
        grid.addColumn(ResponseReview::answered).setHeader(getTranslation("review.answered")).setAutoWidth(true);
        grid.addComponentColumn(this::flags).setHeader(getTranslation("review.flags")).setAutoWidth(true);
        grid.addColumn(this::status).setHeader(getTranslation("field.status")).setFlexGrow(2);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> review.responses(campaign.id(), query.getOffset(), query.getLimit()).stream(),
                query -> review.responseCount(campaign.id()));
        EmptyState empty = new EmptyState(getTranslation("review.empty"));
        empty.setVisible(count == 0);
        add(new Paragraph(getTranslation(campaign.anonymous() ? "review.help.anonymous" : "review.help")), empty, grid);
    }

    private String subject(ResponseReview response) {
        String model = Labels.of(response.sourcingModel());
        return response.vendor() == null ? model : model + " · " + response.vendor();
    }

    private Component flags(ResponseReview response) {
        HorizontalLayout badges = new HorizontalLayout();
        badges.setSpacing(false);
        badges.getStyle().set("gap", "var(--lumo-space-xs)");
        response.flags().forEach(flag -> {
            Span badge = new Span(Labels.of(flag));
            badge.getElement().getThemeList().add("badge warning");
            badges.add(badge);
        });
        return badges;
    }

    private String status(ResponseReview response) {
        return response.excluded()
                ? getTranslation("review.excluded", response.excludedReason(), Dates.format(response.excludedOn()),
                        response.excludedBy())
                : getTranslation("review.counts");
    }

    private Component actions(ResponseReview response) {
        HorizontalLayout actions = new HorizontalLayout();
        String shortId = response.responseId().substring(0, 8);
        if (response.excluded()) {
            actions.add(button("include-" + shortId, "review.include", () -> run(() ->
                    review.include(campaign.id(), response.responseId()), "review.included")));
        } else {
            actions.add(button("exclude-" + shortId, "review.exclude", () ->
                    new ExcludeResponseDialog(review, campaign.id(), response, onChange).open()));
        }
        if (response.reopenable()) {
            actions.add(button("reopen-" + shortId, "review.reopen", () -> {
                ConfirmDialog confirm = new ConfirmDialog(getTranslation("review.reopen"),
                        getTranslation("review.reopen.confirm", response.organisation()),
                        getTranslation("review.reopen"), event -> run(() ->
                                review.reopen(campaign.id(), response.responseId()), "review.reopened"));
                confirm.setCancelable(true);
                confirm.setCancelText(getTranslation("action.cancel"));
                confirm.setId("confirm-dialog");
                confirm.open();
            }));
        }
        return actions;
    }

    private Button button(String id, String labelKey, Runnable onClick) {
        Button button = new Button(getTranslation(labelKey), event -> onClick.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void run(Runnable action, String doneKey) {
        try {
            action.run();
            Notifications.success(getTranslation(doneKey));
        } catch (CampaignStateException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
        onChange.run();
    }
}
