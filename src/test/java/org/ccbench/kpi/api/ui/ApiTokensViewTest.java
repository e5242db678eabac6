package org.ccbench.kpi.api.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ccbench.db.Tables.API_TOKEN;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.ZoneOffset;
import org.ccbench.base.ui.EmptyState;
import org.ccbench.kpi.api.ApiToken;
import org.ccbench.kpi.api.ApiTokenService;
import org.ccbench.testsupport.DemoPortalTest;
import org.ccbench.testsupport.TestClock;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** A vendor creates a token, sees its secret once, and revokes it after confirming. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
@WithUserDetails(value = "vendor@callcenter-delta.example", setupBefore = TestExecutionEvent.TEST_METHOD)
class ApiTokensViewTest extends SpringBrowserlessTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void noTokens() {
        dsl.deleteFrom(API_TOKEN).execute();
    }

    @Test
    @SuppressWarnings("unchecked")
    void vendorCreatesATokenSeesTheSecretOnceAndRevokesIt() {
        navigate(ApiTokensView.class);
        assertThat($(EmptyState.class).exists()).as("no tokens yet").isTrue();
        assertThat($(Grid.class).exists()).isFalse();

        test($(Button.class).id("create-token-button")).click();
        test($(Button.class).id("confirm-create-token-button")).click();
        TextField name = $(TextField.class).id("token-name");
        assertThat(name.isInvalid()).as("a name is required").isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Required");
        test(name).setValue("Nightly WFM export");
        test($(Button.class).id("confirm-create-token-button")).click();

        String secret = $(TextField.class).id("token-secret").getValue();
        assertThat(secret).startsWith("ccb_");
        assertThat($(Paragraph.class).id("token-secret-warning").getText()).contains("will not be shown again");
        Grid<ApiToken> grid = $(Grid.class).id("api-tokens-grid");
        assertThat($(EmptyState.class).exists()).isFalse();
        ApiToken token = grid.getGenericDataView().getItems().findFirst().orElseThrow();
        assertThat(token.name()).isEqualTo("Nightly WFM export");
        assertThat(secret).startsWith(token.prefix());
        assertThat(test(grid).getCellText(0, 1)).isEqualTo(token.prefix());
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Never");
        test($(Button.class).id("close-token-dialog")).click();
        assertThat($(Dialog.class).exists()).isFalse();

        Button revoke = (Button) test(grid).getCellComponent(0, 5);
        assertThat(revoke.getId()).hasValue("revoke-token-" + token.id());
        test(revoke).click();
        test($(ConfirmDialog.class).id("confirm-revoke-dialog")).confirm();

        assertThat(tokens.list()).singleElement().satisfies(revoked -> assertThat(revoked.revoked()).isTrue());
        assertThat(test(grid).getCellText(0, 4)).contains("vendor@callcenter-delta.example");
        assertThat(test(grid).getCellComponent(0, 5).isVisible()).as("nothing left to revoke").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void timesReadBackAtUtcAreShownInThePortalsTimeZone() {
        tokens.create("Nightly WFM export");
        // PostgreSQL returns every stored time at UTC; the test clock's 09:30 in Amsterdam is 08:30 there
        dsl.update(API_TOKEN).set(API_TOKEN.CREATED_AT, TestClock.now().withOffsetSameInstant(ZoneOffset.UTC))
                .set(API_TOKEN.LAST_USED_AT, TestClock.now().minusHours(9).withOffsetSameInstant(ZoneOffset.UTC))
                .execute();

        navigate(ApiTokensView.class);

        Grid<ApiToken> grid = $(Grid.class).id("api-tokens-grid");
        assertThat(test(grid).getCellText(0, 2)).isEqualTo("10-03-2026 09:30 · vendor@callcenter-delta.example");
        assertThat(test(grid).getCellText(0, 3)).as("23:30 on the 9th at UTC is the 10th in Amsterdam")
                .isEqualTo("10-03-2026 00:30");
    }
}
