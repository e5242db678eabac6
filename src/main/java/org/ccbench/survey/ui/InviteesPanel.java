package org.ccbench.survey.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.provider.SortDirection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ccbench.base.ui.GridHeight;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Labels;
import org.ccbench.base.ui.LimitedUpload;
import org.ccbench.base.ui.Notifications;
import org.ccbench.organisation.OrganisationRef;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.survey.Campaign;
import org.ccbench.survey.CampaignPhase;
import org.ccbench.survey.CampaignService;
import org.ccbench.survey.CampaignStateException;
import org.ccbench.survey.Invitation;
import org.ccbench.survey.InvitationOrder;
import org.ccbench.survey.InviteeRow;
import org.ccbench.survey.InviteesRejectedException;
import org.ccbench.base.ui.UploadTexts;

/** Who is invited and how far they got; invitees are added one by one, as a pasted list or from a CSV file. */
class InviteesPanel extends VerticalLayout {

    private static final int MAX_CSV_BYTES = 2_000_000;

    private final CampaignService campaigns;
    private final OrganisationService organisations;
    private final Campaign campaign;
    private final Runnable onChanged;
    private final RowErrorList rowErrors = new RowErrorList();

    InviteesPanel(CampaignService campaigns, OrganisationService organisations, Campaign campaign,
                  CampaignPhase phase, Runnable onChanged) {
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.campaign = campaign;
        this.onChanged = onChanged;
        setId("invitees-panel");
        setPadding(false);
        int count = campaigns.invitationCount(campaign.id());
        EmptyState empty = new EmptyState(getTranslation("invitees.empty"));
        empty.setVisible(count == 0);
        if (phase != CampaignPhase.CLOSED && phase != CampaignPhase.PUBLISHED) {
            add(new H3(getTranslation("invitees.add")), adding(), rowErrors);
        }
        add(empty, grid(count));
    }

    /** Reads the page of invitees in view, sorted in the database: a campaign may have tens of thousands. */
    private Grid<Invitation> grid(int count) {
        Grid<Invitation> grid = new Grid<>();
        grid.setId("invitations-grid");
        GridHeight.fit(grid, count);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Invitation::email).setHeader(getTranslation("field.email")).setFlexGrow(2)
                .setSortProperty(InvitationOrder.Column.EMAIL.name());
        grid.addColumn(Invitation::organisationName).setHeader(getTranslation("field.organisation")).setFlexGrow(2)
                .setSortProperty(InvitationOrder.Column.ORGANISATION.name());
        grid.addColumn(i -> i.subjectName() == null ? "–" : i.subjectName())
                .setHeader(getTranslation("invitees.subject")).setFlexGrow(2);
        grid.addColumn(i -> i.locale().getLanguage().toUpperCase()).setHeader(getTranslation("field.language"))
                .setAutoWidth(true);
        grid.addColumn(i -> Labels.of(i.status())).setHeader(getTranslation("field.status")).setAutoWidth(true)
                .setSortProperty(InvitationOrder.Column.STATUS.name());
        grid.addColumn(i -> Dates.format(i.sentOn())).setHeader(getTranslation("invitees.sentOn")).setAutoWidth(true);
        grid.addColumn(Invitation::reminderCount).setHeader(getTranslation("invitees.reminders")).setAutoWidth(true);
        grid.addColumn(i -> Dates.format(i.submittedOn())).setHeader(getTranslation("invitees.submittedOn"))
                .setAutoWidth(true);
        grid.setItems(query -> campaigns.invitationsPage(campaign.id(), query.getSortOrders().stream()
                        .map(order -> new InvitationOrder(InvitationOrder.Column.valueOf(order.getSorted()),
                                order.getDirection() == SortDirection.DESCENDING))
                        .toList(), query.getOffset(), query.getLimit()).stream(),
                query -> campaigns.invitationCount(campaign.id()));
        grid.setVisible(count > 0);
        return grid;
    }

    private TabSheet adding() {
        TabSheet ways = new TabSheet();
        ways.setId("invitee-input");
        ways.setWidthFull();
        ways.add(getTranslation("invitees.one"), single());
        ways.add(getTranslation("invitees.paste"), pasted());
        ways.add(getTranslation("invitees.upload"), uploaded());
        return ways;
    }

    private HorizontalLayout single() {
        TextField email = new TextField(getTranslation("field.email"));
        email.setId("invitee-email");
        ComboBox<OrganisationRef> organisation = new ComboBox<>(getTranslation("field.organisation"));
        organisation.setId("invitee-organisation");
        organisation.setItems(organisations.listRefs(null));
        organisation.setItemLabelGenerator(OrganisationRef::name);
        TextField subject = new TextField(getTranslation("invitees.subject"));
        subject.setId("invitee-subject");
        subject.setHelperText(getTranslation("invitees.subject.help"));
        Select<String> language = new Select<>();
        language.setLabel(getTranslation("field.language"));
        language.setId("invitee-language");
        language.setItems("en", "nl");
        language.setItemLabelGenerator(code -> java.util.Locale.of(code).getDisplayLanguage(getLocale()));
        language.setValue("en");
        Button add = new Button(getTranslation("invitees.addOne"), VaadinIcon.PLUS.create(), event -> {
            String name = organisation.getValue() == null ? null : organisation.getValue().name();
            if (addRows(List.of(new InviteeRow(1, email.getValue(), name, blankToNull(subject.getValue()),
                    language.getValue())))) {
                email.clear();
                subject.clear();
            }
        });
        add.setId("add-invitee-button");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(email, organisation, subject, language, add);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    private VerticalLayout pasted() {
        TextArea list = new TextArea(getTranslation("invitees.paste.label"));
        list.setId("invitee-list");
        list.setWidthFull();
        list.setMinHeight("8em");
        list.setPlaceholder("sanne@example.com;Noordzee Energie;Zwolle telefonie;nl");
        list.setHelperText(getTranslation("invitees.format"));
        Button add = new Button(getTranslation("invitees.addList"), VaadinIcon.PLUS.create(), event -> {
            if (parseAndAdd(list.getValue())) {
                list.clear();
            }
        });
        add.setId("add-invitee-list-button");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout layout = new VerticalLayout(list, add);
        layout.setPadding(false);
        return layout;
    }

    private VerticalLayout uploaded() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(LimitedUpload.inMemory(MAX_CSV_BYTES, (metadata, bytes) -> ui.access(() ->
                parseAndAdd(new String(bytes, StandardCharsets.UTF_8))), (fileName, maxBytes) -> {
                    String message = getTranslation("upload.tooLarge", maxBytes / 1_000_000);
                    ui.access(() -> Notifications.error(message));
                    return message;
                }));
        upload.setId("invitee-upload");
        upload.setI18n(UploadTexts.translated());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_CSV_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv");
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        upload.addAllFinishedListener(event -> upload.clearFileList());
        VerticalLayout layout = new VerticalLayout(new Paragraph(getTranslation("invitees.format")), upload);
        layout.setPadding(false);
        return layout;
    }

    private boolean parseAndAdd(String text) {
        try {
            return addRows(campaigns.parseInvitees(text));
        } catch (InviteesRejectedException e) {
            rowErrors.show(e.errors());
            return false;
        }
    }

    private boolean addRows(List<InviteeRow> rows) {
        rowErrors.show(List.of());
        try {
            int added = campaigns.addInvitees(campaign.id(), rows);
            Notifications.success(getTranslation("invitees.added", added));
            onChanged.run();
            return true;
        } catch (InviteesRejectedException e) {
            rowErrors.show(e.errors());
        } catch (CampaignStateException e) {
            Notifications.error(getTranslation(e.messageKey()));
        }
        return false;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
