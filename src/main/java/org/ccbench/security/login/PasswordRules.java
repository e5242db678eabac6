package org.ccbench.security.login;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.passay.PasswordData;
import org.passay.rule.DictionaryRule;
import org.passay.rule.DictionarySubstringRule;
import org.passay.rule.RepeatCharactersRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * What a new password must be, in one place for every way a password is set (changing one's own, the first
 * administrator, generated temporary passwords): 12 characters or more, at most 72 bytes in UTF-8 (BCrypt reads no
 * further), at least 5 different characters and no character 5 times in a row, not containing the user's e-mail
 * address, the part before the {@code @} or their name, and not a common password (also not one with digits or
 * symbols added at the end). The checks of characters, own words and the list are Passay's; the list is the
 * resource {@code security/login/common-passwords.txt}.
 */
public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    /** BCrypt hashes the first 72 bytes only; Spring Security refuses longer input rather than ignore the rest. */
    public static final int MAX_BYTES = 72;
    static final int MIN_DISTINCT_CHARACTERS = 5;
    static final int MAX_RUN = 4;
    /** Parts of a name or address shorter than this are too common to refuse (e.g. "jan", "de"). */
    private static final int MIN_OWN_WORD = 4;

    /** A refused password: the rule it breaks, with the message key the user reads and a description for logs. */
    public enum Problem {
        TOO_SHORT("validation.password.length", "shorter than 12 characters"),
        TOO_LONG("validation.password.tooLong", "longer than 72 bytes in UTF-8"),
        FEW_CHARACTERS("validation.password.fewCharacters", "fewer than 5 different characters"),
        REPEATED_RUN("validation.password.repeatedRun", "one character 5 or more times in a row"),
        CONTAINS_EMAIL("validation.password.containsEmail", "contains the e-mail address or its part before the @"),
        CONTAINS_NAME("validation.password.containsName", "contains the user's name"),
        COMMON("validation.password.common", "a common password");

        private final String messageKey;
        private final String description;

        Problem(String messageKey, String description) {
            this.messageKey = messageKey;
            this.description = description;
        }

        public String messageKey() {
            return messageKey;
        }

        public String description() {
            return description;
        }
    }

    private static final PasswordRules STANDARD = new PasswordRules(commonPasswords());

    private final DictionaryRule common;
    private final RepeatCharactersRule runs = new RepeatCharactersRule(MAX_RUN + 1);

    PasswordRules(ArrayWordList commonPasswords) {
        this.common = new DictionaryRule(new WordListDictionary(commonPasswords));
    }

    /** The rules with the shipped list of common passwords (read once). */
    public static PasswordRules standard() {
        return STANDARD;
    }

    /** True when the password is longer than BCrypt reads: a sign-in with it can only be wrong. */
    public static boolean tooLong(String password) {
        return password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    /** The first rule {@code password} breaks for the user with this e-mail address and name, if any. */
    public Optional<Problem> firstProblem(String password, String email, String displayName) {
        return problems(password, email, displayName).stream().findFirst();
    }

    /** Every rule {@code password} breaks, in the order of {@link Problem}. */
    public List<Problem> problems(String password, String email, String displayName) {
        List<Problem> problems = new ArrayList<>();
        String value = password == null ? "" : password;
        if (value.codePointCount(0, value.length()) < MIN_LENGTH) {
            problems.add(Problem.TOO_SHORT);
        }
        if (tooLong(value)) {
            problems.add(Problem.TOO_LONG);
        }
        if (value.codePoints().distinct().count() < MIN_DISTINCT_CHARACTERS) {
            problems.add(Problem.FEW_CHARACTERS);
        }
        PasswordData data = new PasswordData(value);
        if (!runs.validate(data).isValid()) {
            problems.add(Problem.REPEATED_RUN);
        }
        if (containsAny(data, emailWords(email))) {
            problems.add(Problem.CONTAINS_EMAIL);
        }
        if (containsAny(data, nameWords(displayName))) {
            problems.add(Problem.CONTAINS_NAME);
        }
        if (isCommon(value)) {
            problems.add(Problem.COMMON);
        }
        return problems;
    }

    private boolean isCommon(String password) {
        String stem = password.replaceFirst("[\\d\\p{Punct}\\s]+$", "");
        return !common.validate(new PasswordData(password)).isValid()
                || (stem.length() >= MIN_OWN_WORD && !common.validate(new PasswordData(stem)).isValid());
    }

    private static boolean containsAny(PasswordData password, Set<String> words) {
        if (words.isEmpty()) {
            return false;
        }
        ArrayWordList list = new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
        return !new DictionarySubstringRule(new WordListDictionary(list)).validate(password).isValid();
    }

    /** The address, the part before the {@code @}, and that part's pieces between dots, dashes and the like. */
    private static Set<String> emailWords(String email) {
        Set<String> words = new LinkedHashSet<>();
        if (email == null || email.isBlank()) {
            return words;
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        words.add(address);
        String local = address.contains("@") ? address.substring(0, address.indexOf('@')) : address;
        words.add(local);
        words.addAll(List.of(local.split("[._+\\-]+")));
        words.removeIf(word -> word.length() < MIN_OWN_WORD);
        return words;
    }

    /** The whole name without spaces, and each part of it that is long enough to be the user's own. */
    private static Set<String> nameWords(String displayName) {
        Set<String> words = new LinkedHashSet<>();
        if (displayName == null || displayName.isBlank()) {
            return words;
        }
        String name = displayName.strip().toLowerCase(Locale.ROOT);
        words.add(name.replaceAll("[\\s.'\\-]+", ""));
        words.addAll(List.of(name.split("[\\s.'\\-]+")));
        words.removeIf(word -> word.length() < MIN_OWN_WORD);
        return words;
    }

    private static ArrayWordList commonPasswords() {
        List<String> words = new ArrayList<>();
        try (InputStream in = PasswordRules.class.getResourceAsStream("/security/login/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/login/common-passwords.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    words.add(line.strip());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort());
    }
}
