package org.ccbench.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.security.CurrentUser;
import org.ccbench.security.SignedInUser;
import org.ccbench.todo.ToDoService;
import org.ccbench.todo.ui.ToDoBell;

/** The frame around every signed-in page: side navigation filtered by the user's roles, and the user menu. */
@Layout
@PermitAll
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final Span viewTitle = new Span();
    private final ToDoBell bell;

    public MainLayout(CurrentUser currentUser, UserAccountService accounts, AuthenticationContext authentication,
                      ToDoService toDo) {
        setPrimarySection(Section.DRAWER);
        SignedInUser user = currentUser.require();
        Locale pickedBeforeLogin = SessionLocale.applyOnce(VaadinSession.getCurrent(), user.locale());
        if (pickedBeforeLogin != null) {
            accounts.changeMyLocale(pickedBeforeLogin);
        }

        Span brand = new Span("CCBench");
        brand.addClassName("brand");
        SideNav nav = navigation();
        Div drawer = new Div(brand, nav);
        drawer.addClassName("drawer");
        addToDrawer(drawer);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        viewTitle.addClassName("view-title");
        bell = new ToDoBell(toDo);
        HorizontalLayout navbar = new HorizontalLayout(toggle, viewTitle, bell,
                userMenu(user, accounts, authentication));
        navbar.addClassName("navbar");
        navbar.setWidthFull();
        navbar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        navbar.expand(viewTitle);
        addToNavbar(navbar);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("side-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(VaadinIcon.valueOf(entry.icon()).create());
            }
            String path = entry.path().replaceFirst("^/+", "");
            item.setId("nav-" + (path.isEmpty() ? "home" : path.replace('/', '-')));
            nav.addItem(item);
        });
        return nav;
    }

    private MenuBar userMenu(SignedInUser user, UserAccountService accounts, AuthenticationContext authentication) {
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Avatar avatar = new Avatar(user.displayName());
        avatar.addThemeVariants(com.vaadin.flow.component.avatar.AvatarVariant.LUMO_XSMALL);
        HorizontalLayout who = new HorizontalLayout(avatar, new Span(user.displayName()));
        who.setAlignItems(HorizontalLayout.Alignment.CENTER);
        who.setSpacing(true);
        MenuItem root = menu.addItem(who);
        SubMenu sub = root.getSubMenu();

        MenuItem language = sub.addItem(getTranslation("menu.language"));
        language.setId("menu-language");
        for (Locale locale : LanguageSelect.SUPPORTED) {
            MenuItem choice = language.getSubMenu().addItem(locale.getDisplayLanguage(locale), event -> {
                SessionLocale.choose(VaadinSession.getCurrent(), locale);
                accounts.changeMyLocale(locale);
                getUI().ifPresent(ui -> ui.getPage().reload());
            });
            choice.setId("menu-language-" + locale.getLanguage());
            choice.setCheckable(true);
            choice.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
        }
        MenuItem password = sub.addItem(getTranslation("menu.changePassword"),
                event -> new ChangePasswordDialog(accounts).open());
        password.setId("menu-change-password");
        sub.addItem(getTranslation("menu.security"), event -> getUI().ifPresent(ui -> ui.navigate("account/security")))
                .setId("menu-security");
        MenuItem logout = sub.addItem(new Icon(VaadinIcon.SIGN_OUT), event -> authentication.logout());
        logout.add(new Span(getTranslation("menu.logout")));
        logout.setId("menu-logout");
        return menu;
    }

    /** The view's translated title, from its menu entry or, for detail views, from {@link HasDynamicTitle}. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Class<?> viewClass = getContent() == null ? null : getContent().getClass();
        String title = MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != null && entry.menuClass().equals(viewClass))
                .map(entry -> getTranslation(entry.title()))
                .findFirst()
                .orElseGet(() -> getContent() instanceof HasDynamicTitle titled ? titled.getPageTitle() : "");
        viewTitle.setText(title);
        bell.refresh();
        getUI().ifPresent(ui -> ui.getPage().setTitle(title.isEmpty() ? "CCBench" : title + " · CCBench"));
    }
}
