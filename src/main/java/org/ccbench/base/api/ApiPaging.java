package org.ccbench.base.api;

/**
 * The {@code page} (0-based) and {@code size} (1–{@value #MAX_SIZE}, default {@value #DEFAULT_SIZE}) of a paged API
 * list, read from the request's text so that a bad value is a 400 problem that names the parameter.
 */
public record ApiPaging(int page, int size) {

    public static final int DEFAULT_SIZE = 100;
    public static final int MAX_SIZE = 500;
    /** The largest page number accepted, so that page × size never overflows. */
    static final int MAX_PAGE = 1_000_000;

    /**
     * @param page the {@code page} parameter as sent, or null for 0
     * @param size the {@code size} parameter as sent, or null for {@value #DEFAULT_SIZE}
     * @throws BadApiRequestException when either is not a whole number in its range
     */
    public static ApiPaging of(String page, String size) {
        return new ApiPaging(number(page, "page", 0, 0, MAX_PAGE),
                number(size, "size", DEFAULT_SIZE, 1, MAX_SIZE));
    }

    private static int number(String text, String parameter, int fallback, int min, int max) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new BadApiRequestException("'" + parameter + "' must be a whole number from " + min + " to " + max
                + ", not '" + text + "'");
    }
}
