package org.ccbench.privacy.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.ccbench.base.ui.Dates;
import org.ccbench.privacy.ErasurePreview;
import org.ccbench.privacy.PersonalData;

/** What the portal holds about an address, and what erasing it would erase and keep, with the reasons. */
class PreviewPanel extends Div {

    PreviewPanel(ErasurePreview preview) {
        setId("privacy-preview");
        PersonalData held = preview.held();
        if (held.isEmpty()) {
            add(note("privacy-nothing", getTranslation("privacy.nothing", held.email())));
            return;
        }
        add(new H3(getTranslation("privacy.held", held.email())));
        UnorderedList holdings = list("privacy-held-list");
        held.account().ifPresent(account -> holdings.add(new ListItem(getTranslation("privacy.held.account",
                account.displayName(), account.organisation() == null ? "–" : account.organisation(),
                String.join(", ", account.roles()), getTranslation(account.enabled() ? "privacy.enabled"
                        : "privacy.disabled")))));
        held.invitations().forEach(invitee -> holdings.add(new ListItem(getTranslation("privacy.held.invitation",
                invitee.campaign(), invitee.organisation(), invitee.status(),
                invitee.submittedOn() == null ? "–" : Dates.format(invitee.submittedOn()),
                getTranslation(invitee.anonymous() ? "privacy.anonymous" : "privacy.named")))));
        count(holdings, "privacy.held.responses", held.responses().size());
        count(holdings, "privacy.held.drafts", held.draftAnswers().size());
        count(holdings, "privacy.held.tokens", held.tokens().size());
        count(holdings, "privacy.held.mails", held.mails().size());
        count(holdings, "privacy.held.records", held.recordsNamingCount());
        count(holdings, "privacy.held.audit", held.auditEvents().size());
        add(holdings);
        add(new H3(getTranslation("privacy.willErase")), lines("privacy-erased-list", preview.erased()));
        add(new H3(getTranslation("privacy.willKeep")), lines("privacy-kept-list", preview.kept()));
    }

    private void count(UnorderedList list, String key, int count) {
        if (count > 0) {
            list.add(new ListItem(getTranslation(key, count)));
        }
    }

    private UnorderedList lines(String id, List<ErasurePreview.Line> lines) {
        UnorderedList list = list(id);
        if (lines.isEmpty()) {
            list.add(new ListItem(getTranslation("privacy.none")));
        }
        lines.forEach(line -> list.add(new ListItem(getTranslation(line.messageKey(), line.arguments().toArray()))));
        return list;
    }

    private static UnorderedList list(String id) {
        UnorderedList list = new UnorderedList();
        list.setId(id);
        return list;
    }

    private static Paragraph note(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
