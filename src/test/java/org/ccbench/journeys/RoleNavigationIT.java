package org.ccbench.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;

/** Each role signs in and sees exactly its own menu; wrong passwords and signing out behave. */
class RoleNavigationIT extends BrowserJourney {

    @org.springframework.beans.factory.annotation.Autowired
    org.jooq.DSLContext dsl;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            admin@ccbench.example                 | nav-home nav-admin-organisations nav-admin-users nav-admin-two-factor nav-admin-sso nav-admin-templates nav-admin-campaigns nav-admin-privacy nav-admin-locked-months nav-admin-exclusions nav-admin-editions nav-admin-scoring-profiles nav-results nav-audit
            sourcing@noordzee-energie.example     | nav-home nav-centers nav-contracts nav-kpi nav-benchmark nav-scorecards nav-results nav-api-tokens nav-audit
            center@noordzee-energie.example       | nav-home nav-centers nav-in-house nav-kpi nav-benchmark nav-results nav-api-tokens
            vendor@callcenter-delta.example       | nav-home nav-contracts nav-kpi nav-benchmark nav-scorecards nav-results nav-api-tokens
            """)
    void eachRoleSeesExactlyItsMenu(String email, String menu) {
        loginPage().signInAs(email);

        assertThat(menuIds()).containsExactly(menu.split(" "));
    }

    @org.junit.jupiter.api.Test
    void wrongPasswordShowsTheErrorAndStaysOnTheLoginPage() {
        LoginPage page = loginPage().signInWrongly("vendor@callcenter-delta.example", "not-the-password");

        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(page.loginForm().getDomAttribute("error")).isNotNull();
        assertThat(driver.findElements(By.id("side-nav"))).isEmpty();
        assertThat(driver.findElement(By.className("login-tagline")).getText())
                .as("an English-speaking browser gets English").isEqualTo(
                        "Benchmark your contact center and score your outsourcing contracts.");
    }

    @org.junit.jupiter.api.Test
    void signingOutReturnsToTheLoginPageAndProtectedPagesAskToSignInAgain() {
        loginPage().signInAs("vendor@callcenter-delta.example");

        waitFor(By.cssSelector("#user-menu vaadin-menu-bar-button")).click();
        waitFor(By.id("menu-logout")).click();
        waitFor(By.cssSelector("input[name=username]"));

        open("contracts");
        waitFor(By.cssSelector("input[name=username]"));
        assertThat(driver.getCurrentUrl()).contains("/login");
        assertThat(dsl.fetchValue("select action from audit_event where actor = 'vendor@callcenter-delta.example' "
                + "and action like 'SIGN%' order by id desc limit 1")).as("the audit log has the sign-out")
                .isEqualTo("SIGNED_OUT");
    }
}
