package org.ccbench.operations;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ccbench.base.StartupRefusedException;
import org.junit.jupiter.api.Test;

class AheadOfTimeCheckTest {

    @Test
    void anAheadOfTimeStartRefusesTheDemoItWasBuiltWithout() {
        assertThatThrownBy(() -> AheadOfTimeCheck.refuseDemo(true, true))
                .isInstanceOf(StartupRefusedException.class).hasMessageContaining("demo");
    }

    @Test
    void everyOtherStartGoesOn() {
        assertThatCode(() -> AheadOfTimeCheck.refuseDemo(true, false)).doesNotThrowAnyException();
        assertThatCode(() -> AheadOfTimeCheck.refuseDemo(false, true)).doesNotThrowAnyException();
        assertThatCode(() -> AheadOfTimeCheck.refuseDemo(false, false)).doesNotThrowAnyException();
    }
}
