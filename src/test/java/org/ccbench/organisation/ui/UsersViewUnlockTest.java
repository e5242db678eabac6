package org.ccbench.organisation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.ccbench.organisation.UserAccount;
import org.ccbench.organisation.UserAccountService;
import org.ccbench.security.login.SignInThrottle;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The administrator sees that a user's sign-in is locked, and until when, and unlocks it. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "admin@ccbench.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class UsersViewUnlockTest extends SpringBrowserlessTest {

    private static final String EMAIL = "center@noordzee-energie.example";

    @Autowired SignInThrottle throttle;
    @Autowired UserAccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void noLocks() {
        jdbc.update("delete from sign_in_throttle");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLockedUserShowsUntilWhenAndTheAdministratorUnlocksIt() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(EMAIL, "203.0.113.7");
        }
        long id = accounts.list().stream().filter(user -> user.email().equals(EMAIL)).findFirst()
                .map(UserAccount::id).orElseThrow();
        navigate("admin/users", Component.class);
        Grid<UserAccount> grid = $(Grid.class).id("users-grid");

        assertThat(texts(test(grid).getCellComponent(row(grid, id), "status")))
                .contains("Locked until 10-03-2026 09:45");
        Button unlock = buttonsIn(test(grid).getCellComponent(row(grid, id), "actions")).stream()
                .filter(button -> ("unlock-user-" + id).equals(button.getId().orElse(null))).findFirst().orElseThrow();
        test(unlock).click();

        assertThat(accounts.lockedSignIns()).isEmpty();
        assertThat(texts(test(grid).getCellComponent(row(grid, id), "status"))).noneMatch(t -> t.startsWith("Locked"));
        assertThat(buttonsIn(test(grid).getCellComponent(row(grid, id), "actions")))
                .noneMatch(button -> button.getId().orElse("").startsWith("unlock-user-"));
    }

    private int row(Grid<UserAccount> grid, long id) {
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("user " + id + " is not listed");
    }

    private static List<String> texts(Component cell) {
        return cell.getChildren().filter(Span.class::isInstance).map(c -> ((Span) c).getText()).toList();
    }

    private static List<Button> buttonsIn(Component cell) {
        return cell.getChildren().filter(Button.class::isInstance).map(Button.class::cast).toList();
    }
}
