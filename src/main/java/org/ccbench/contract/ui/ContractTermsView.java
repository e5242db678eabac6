package org.ccbench.contract.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.ccbench.base.NotFoundOrNotAllowedException;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.contract.ContractTerms;
import org.ccbench.contract.ContractTermsService;
import org.ccbench.organisation.Contract;
import org.ccbench.organisation.ContractService;
import org.ccbench.profile.PinnedProfile;
import org.ccbench.profile.ScoringProfiles;
import org.ccbench.security.Role;

/**
 * A contract's terms (issue 6 §1): the version in force and the history. The client's sourcing manager edits a draft
 * of the next version and saves it; the vendor sees every version read-only.
 */
@Route("contracts/:id(\\d+)/terms")
@RolesAllowed({Role.SOURCING_MANAGER_NAME, Role.VENDOR_NAME})
class ContractTermsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ContractService contracts;
    private final ContractTermsService service;
    private final ScoringProfiles profiles;
    private final Paragraph inForce = new Paragraph();
    private final EmptyState none;
    private final TermsEditor editor;
    private final TermsHistory history;
    private final H3 historyHeading = new H3();
    private final Anchor back = new Anchor();
    private final VerticalLayout header = new VerticalLayout();
    private final Clock clock;
    private long contractId;
    private boolean editable;
    private List<ContractTerms> versions = List.of();
    private String title = "";

    ContractTermsView(ContractService contracts, ContractTermsService service, ScoringProfiles profiles,
                      Clock clock) {
        this.contracts = contracts;
        this.clock = clock;
        this.service = service;
        this.profiles = profiles;
        setId("contract-terms-view");
        none = new EmptyState(getTranslation("terms.none"));
        editor = new TermsEditor(service, clock, saved -> reload(), this::reload, this::showDraft);
        history = new TermsHistory(clock.getZone(), this::showVersion);
        inForce.setId("terms-in-force");
        back.setId("back-to-contract");
        back.setText(getTranslation("terms.back"));
        historyHeading.setText(getTranslation("terms.history"));
        header.setPadding(false);
        add(back, header, new Paragraph(getTranslation("terms.help")), inForce, none, editor, historyHeading,
                history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        contractId = event.getRouteParameters().getLong("id")
                .orElseThrow(() -> new NotFoundOrNotAllowedException("Contract", "?"));
        Contract contract = contracts.get(contractId);
        title = getTranslation("terms.title", contract.name());
        back.setHref("contracts/" + contractId);
        header.removeAll();
        header.add(new Toolbar(title));
        editable = service.canEdit(contractId);
        reload();
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Reads the versions again (someone may have saved one meanwhile) and shows the draft or the one in force. */
    private void reload() {
        versions = service.versions(contractId);
        Optional<ContractTerms> current = service.inForce(contractId, YearMonth.now(clock));
        inForce.setText(current.map(terms -> getTranslation("terms.inForce", terms.number(),
                Dates.month(terms.effectiveFrom(), getLocale()))).orElse(getTranslation("terms.noneInForce")));
        inForce.setVisible(!versions.isEmpty());
        none.setVisible(versions.isEmpty() && !editable);
        historyHeading.setVisible(!versions.isEmpty());
        history.setVisible(!versions.isEmpty());
        if (editable) {
            showDraft();
        } else if (!versions.isEmpty()) {
            showVersion(current.orElse(versions.getFirst()));
        } else {
            editor.setVisible(false);
            history.show(versions, null);
        }
    }

    private void showDraft() {
        editor.setVisible(true);
        editor.showDraft(contractId, versions.isEmpty() ? 0 : versions.getFirst().number(),
                service.draftFrom(contractId), service.profileChoices(contractId), service.kpiChoices(contractId));
        history.show(versions, null);
    }

    private void showVersion(ContractTerms terms) {
        editor.setVisible(true);
        PinnedProfile pinned = profiles.pinned(terms.scoringProfileVersionId());
        editor.showVersion(terms, pinned.profileName() + " v" + pinned.versionNumber(),
                service.kpiChoices(contractId), editable);
        history.show(versions, terms.id());
    }
}
