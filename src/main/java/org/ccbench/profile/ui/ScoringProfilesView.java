package org.ccbench.profile.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ccbench.base.ui.Dates;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.base.ui.Toolbar;
import org.ccbench.profile.ProfileSummary;
import org.ccbench.profile.ProfileVersion;
import org.ccbench.profile.ScoringProfileService;
import org.ccbench.profile.VersionSummary;
import org.ccbench.scoring.kpi.Kpi;
import org.ccbench.security.Role;
import org.ccbench.template.KpiCatalogues;

/**
 * The administrator's scoring profiles (SCORING.md §3): choose a profile, change its weights, floors and targets and
 * save them as a new version with a reason, or look at an older version read-only.
 */
@Route("admin/scoring-profiles")
@Menu(order = 27.5, title = "nav.scoringProfiles", icon = "SCALE")
@RolesAllowed(Role.ADMIN_NAME)
class ScoringProfilesView extends VerticalLayout {

    private final ScoringProfileService service;
    private final ZoneId zone;
    private final Grid<ProfileSummary> profiles = new Grid<>();
    private final EmptyState nothingChosen;
    private final H3 heading = new H3();
    private final ProfileEditor editor;
    private final VersionHistory history;
    private final VerticalLayout detail = new VerticalLayout();
    private ProfileSummary chosen;

    ScoringProfilesView(ScoringProfileService service, KpiCatalogues catalogues, Clock clock) {
        this.service = service;
        this.zone = clock.getZone();
        setId("scoring-profiles-view");
        Button add = new Button(getTranslation("profile.new"), VaadinIcon.PLUS.create(),
                event -> new NewProfileDialog(service, this::created).open());
        add.setId("new-profile-button");
        nothingChosen = new EmptyState(getTranslation("profile.none"));
        editor = new ProfileEditor(service, kpiNames(catalogues), this::saved, this::reload, this::showCurrent);
        history = new VersionHistory(zone, this::showVersion);
        heading.setId("profile-heading");
        detail.setId("profile-detail");
        detail.setPadding(false);
        detail.add(heading, editor, new H3(getTranslation("profile.history")), history);
        add(new Toolbar(getTranslation("profile.title"), add), new Paragraph(getTranslation("profile.help")),
                profiles(), nothingChosen, detail);
        List<ProfileSummary> all = service.list();
        profiles.setItems(all);
        showProfile(null);
    }

    private Grid<ProfileSummary> profiles() {
        profiles.setId("profiles-grid");
        profiles.setAllRowsVisible(true);
        profiles.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        profiles.addColumn(ProfileSummary::name).setHeader(getTranslation("profile.name")).setFlexGrow(1);
        profiles.addColumn(this::owner).setHeader(getTranslation("profile.owner")).setAutoWidth(true);
        profiles.addColumn(ProfileSummary::currentVersion).setHeader(getTranslation("profile.currentVersion"))
                .setAutoWidth(true);
        profiles.addColumn(ProfileSummary::changedBy).setHeader(getTranslation("profile.by")).setAutoWidth(true);
        profiles.addColumn(profile -> Dates.dateTime(profile.changedAt(), zone))
                .setHeader(getTranslation("profile.at")).setAutoWidth(true);
        profiles.asSingleSelect().addValueChangeListener(event -> showProfile(event.getValue()));
        return profiles;
    }

    private String owner(ProfileSummary profile) {
        return profile.portalWide() ? getTranslation("profile.portalWide") : profile.clientName();
    }

    private void showProfile(ProfileSummary profile) {
        chosen = profile;
        nothingChosen.setVisible(profile == null);
        detail.setVisible(profile != null);
        if (profile != null) {
            heading.setText(profile.name() + " · " + owner(profile));
            showVersion(profile.currentVersionId());
        }
    }

    private void showVersion(VersionSummary version) {
        showVersion(version.id());
    }

    private void showVersion(long versionId) {
        ProfileVersion version = service.details(versionId);
        editor.show(version, version.number() == chosen.currentVersion());
        history.show(service.history(chosen.id()), versionId);
    }

    private void showCurrent() {
        showVersion(chosen.currentVersionId());
    }

    private void created(ProfileSummary profile) {
        reload(profile.id());
    }

    private void saved(ProfileVersion version) {
        reload(version.profileId());
    }

    /** Reads the profiles again (someone may have saved a version meanwhile) and shows the chosen one's current. */
    private void reload() {
        reload(chosen.id());
    }

    private void reload(long profileId) {
        List<ProfileSummary> all = service.list();
        profiles.setItems(all);
        all.stream().filter(found -> found.id() == profileId).findFirst().ifPresentOrElse(profiles::select,
                () -> showProfile(null));
    }

    private Map<Kpi, String> kpiNames(KpiCatalogues catalogues) {
        Map<Kpi, String> names = new EnumMap<>(Kpi.class);
        catalogues.find(KpiCatalogues.CURRENT).ifPresent(catalogue -> catalogue.names(getLocale())
                .forEach((code, name) -> {
            try {
                names.put(Kpi.ofCode(code), name);
            } catch (IllegalArgumentException unknown) {
                // a catalogue KPI without a formula here is not part of any profile
            }
        }));
        return names;
    }
}
