package org.ccbench.base;

/**
 * A node refuses to start because its configuration is unsafe (a missing or different secret key, an unknown time
 * zone). The message is one line that says what to set; {@link StartupRefusalAnalyzer} prints it without a stack
 * trace.
 */
public class StartupRefusedException extends RuntimeException {

    private final String action;

    public StartupRefusedException(String message, String action) {
        super(message);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
