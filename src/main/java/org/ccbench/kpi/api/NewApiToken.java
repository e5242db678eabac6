package org.ccbench.kpi.api;

/** A token just created, with its secret: the only time the secret is available, as only its hash is stored. */
public record NewApiToken(ApiToken token, String secret) {

    @Override
    public String toString() {
        return "NewApiToken[" + token + "]";
    }
}
