package org.ccbench.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.ccbench.security.login.PasswordRules.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each password rule on its own, for a user named Jan de Vries with the address jan.devries@client-a.example. */
class PasswordRulesTest {

    private static final String EMAIL = "jan.devries@client-a.example";
    private static final String NAME = "Jan de Vries";

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            elevenchars                     | TOO_SHORT
            aaaaaaaaaaaa                    | FEW_CHARACTERS
            ab12ab12ab12ab12                | FEW_CHARACTERS
            Tulpen-0000000-bol              | REPEATED_RUN
            zonnig!!!!!-weer                | REPEATED_RUN
            jan.devries@client-a.example    | CONTAINS_EMAIL
            Mijn-JAN.DEVRIES-2026           | CONTAINS_EMAIL
            devries-gaat-fietsen            | CONTAINS_EMAIL
            Vries-op-zondag-12              | CONTAINS_NAME
            qwertyuiop123                   | COMMON
            1qaz2wsx3edc                    | COMMON
            Password123456!                 | COMMON
            sunshine-2026                   | COMMON
            """)
    void refusesWithTheRuleItBreaks(String password, Problem expected) {
        assertThat(PasswordRules.standard().firstProblem(password, EMAIL, NAME)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            correct-paard-batterij-nietje
            Tulpen-000-bollen
            Jan-fietst-naar-Zwolle
            ëéèêüïöäàç-x7Kpx7Kp
            """)
    void acceptsPasswordsThatKeepEveryRule(String password) {
        assertThat(PasswordRules.standard().problems(password, EMAIL, NAME)).isEmpty();
    }

    @ParameterizedTest(name = "{0} times {1}")
    @CsvSource(textBlock = """
            72, a, false
            73, a, true
            36, é, false
            37, é, true
            """)
    void theLimitIs72BytesOfUtf8NotCharacters(int count, String letter, boolean tooLong) {
        String password = letter.repeat(count);
        assertThat(PasswordRules.tooLong(password)).isEqualTo(tooLong);
        assertThat(PasswordRules.standard().problems(password, EMAIL, NAME).contains(Problem.TOO_LONG))
                .isEqualTo(tooLong);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            ''
            ' '
            """)
    void anEmptyPasswordIsTooShortAndHasTooFewCharacters(String password) {
        assertThat(PasswordRules.standard().problems(password, EMAIL, NAME))
                .contains(Problem.TOO_SHORT, Problem.FEW_CHARACTERS);
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            'Jan de Vries', jan@x.example, Jan-met-de-fiets-7
            'Al Li', al@x.example, Alpaca-op-de-wei-7
            """)
    void shortNamePartsAndLocalPartsAreNotRefusedOnTheirOwn(String name, String email, String password) {
        assertThat(PasswordRules.standard().problems(password, email, name)).isEmpty();
    }
}
