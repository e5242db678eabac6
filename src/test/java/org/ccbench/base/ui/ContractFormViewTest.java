package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.ccbench.organisation.ContractService;
import org.ccbench.testsupport.DemoPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

/** The contract form shows the service's checks at the fields and stores nothing invalid. */
@DemoPortalTest
@ViewPackages(packages = "org.ccbench")
class ContractFormViewTest extends SpringBrowserlessTest {

    @Autowired
    ContractService contracts;

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void endDateBeforeStartIsShownAtTheFieldAndNothingIsStored() {
        int before = contracts.listMine().size();
        navigate("contracts/new", com.vaadin.flow.component.Component.class);

        fillValidContract("Browserless contract");
        DatePicker end = $(DatePicker.class).id("contract-end-date");
        test(end).setValue(LocalDate.of(2026, 2, 1));
        test($(Button.class).id("save-button")).click();

        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo(end.getTranslation("validation.endAfterStart"))
                .isNotEqualTo("validation.endAfterStart");
        assertThat(contracts.listMine()).hasSize(before);
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void missingNameAndDuplicateNameAreShownAtTheNameField() {
        navigate("contracts/new", com.vaadin.flow.component.Component.class);
        fillValidContract("Zwolle telefonie");
        test($(Button.class).id("save-button")).click();
        TextField name = $(TextField.class).id("contract-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo(name.getTranslation("validation.duplicateName"));

        test(name).setValue("");
        test($(Button.class).id("save-button")).click();
        assertThat(name.getErrorMessage()).isEqualTo(name.getTranslation("validation.required"));
    }

    @Test
    @WithUserDetails(value = "sourcing@noordzee-energie.example", setupBefore = TestExecutionEvent.TEST_METHOD)
    void aValidContractIsSavedAndOpened() {
        navigate("contracts/new", com.vaadin.flow.component.Component.class);
        fillValidContract("Browserless valid contract");
        test($(Button.class).id("save-button")).click();

        assertThat(contracts.listMine()).anyMatch(c -> c.name().equals("Browserless valid contract")
                && c.vendor().name().equals("Callcenter Delta") && c.endDate().equals(LocalDate.of(2029, 2, 28)));
        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ContractView");
    }

    @SuppressWarnings("unchecked")
    private void fillValidContract(String name) {
        test($(TextField.class).id("contract-name")).setValue(name);
        test((ComboBox<Object>) $(ComboBox.class).id("contract-center")).selectItem("Klantenservice Zwolle");
        test((ComboBox<Object>) $(ComboBox.class).id("contract-vendor")).selectItem("Callcenter Delta");
        test((CheckboxGroup<Object>) $(CheckboxGroup.class).id("contract-channels"))
                .selectItem($(CheckboxGroup.class).id("contract-channels").getTranslation("Channel.PHONE"));
        test($(DatePicker.class).id("contract-start-date")).setValue(LocalDate.of(2026, 3, 1));
        test($(DatePicker.class).id("contract-end-date")).setValue(LocalDate.of(2029, 2, 28));
    }
}
