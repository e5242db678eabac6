package org.ccbench.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.ccbench.organisation.ContactCenterService;
import org.ccbench.organisation.ContractService;
import org.ccbench.organisation.InHouseOperationService;
import org.ccbench.organisation.OrganisationService;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.Role;
import org.ccbench.security.SignedInUser;
import org.ccbench.survey.CampaignService;
import org.ccbench.template.TemplateService;
import org.ccbench.todo.ToDoService;
import org.ccbench.todo.ui.ToDoList;

/** The start page: per role, what there is and what to do next. */
@Route("")
@Menu(order = 0, title = "nav.home", icon = "HOME")
@PermitAll
public class HomeView extends VerticalLayout {

    public HomeView(CurrentUser currentUser, OrganisationService organisations, UserAccountService users,
                    ContactCenterService centers, ContractService contracts, InHouseOperationService inHouse,
                    CampaignService campaigns, TemplateService templates, ToDoService toDo) {
        setId("home-view");
        SignedInUser user = currentUser.require();
        H2 greeting = new H2(getTranslation("home.greeting", user.displayName()));
        add(greeting, new ToDoList(toDo));
        if (user.hasRole(Role.ADMIN)) {
            int organisationCount = organisations.list().size();
            add(card("home-organisations", getTranslation("home.organisations"), organisationCount,
                    getTranslation("home.organisations.empty"), getTranslation("home.organisations.action"),
                    "admin/organisations"));
            add(card("home-users", getTranslation("home.users"), users.list().size(), "",
                    getTranslation("home.users.action"), "admin/users"));
            add(card("home-campaigns", getTranslation("home.campaigns"), campaigns.list().size(),
                    getTranslation("home.campaigns.empty"), getTranslation("home.campaigns.action"),
                    "admin/campaigns"));
            int problems = templates.problems().size();
            if (problems > 0) {
                Paragraph warning = new Paragraph(getTranslation("home.templates.problems", problems));
                warning.setId("home-template-problems");
                warning.addClassName("problem-list");
                Button open = new Button(getTranslation("home.templates.action"),
                        event -> getUI().ifPresent(ui -> ui.navigate("admin/templates")));
                open.setId("home-template-problems-action");
                add(new Div(warning, open));
            }
        }
        if (user.hasRole(Role.SOURCING_MANAGER) || user.hasRole(Role.CENTER_MANAGER)) {
            add(card("home-centers", getTranslation("home.centers"), centers.listMine().size(),
                    getTranslation("home.centers.empty"), getTranslation("home.centers.action"), "centers"));
        }
        if (user.hasRole(Role.SOURCING_MANAGER)) {
            add(card("home-contracts", getTranslation("home.contracts"), contracts.listMine().size(),
                    getTranslation("home.contracts.empty"), getTranslation("home.contracts.action"), "contracts"));
        }
        if (user.hasRole(Role.CENTER_MANAGER)) {
            add(card("home-in-house", getTranslation("home.inHouse"), inHouse.listMine().size(),
                    getTranslation("home.inHouse.empty"), getTranslation("home.inHouse.action"), "in-house"));
        }
        if (user.hasRole(Role.VENDOR)) {
            add(card("home-vendor-contracts", getTranslation("home.vendorContracts"), contracts.listMine().size(),
                    getTranslation("home.vendorContracts.empty"), getTranslation("home.vendorContracts.action"),
                    "contracts"));
        }
    }

    private Component card(String id, String title, int count, String emptyText, String action, String route) {
        Div card = new Div();
        card.setId(id);
        card.addClassName("home-card");
        Span number = new Span(String.valueOf(count));
        number.addClassName("home-count");
        card.add(new H3(title), number);
        if (count == 0 && !emptyText.isEmpty()) {
            Paragraph empty = new Paragraph(emptyText);
            empty.addClassName("empty-state");
            card.add(empty);
        }
        Button go = new Button(action, event -> getUI().ifPresent(ui -> ui.navigate(route)));
        go.addThemeVariants(count == 0 ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        go.setId(id + "-action");
        card.add(go);
        return card;
    }
}
