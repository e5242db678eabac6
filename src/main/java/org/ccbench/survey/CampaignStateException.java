package org.ccbench.survey;

/** An action that the campaign's current phase does not allow; the key says why, in the user's language. */
public class CampaignStateException extends RuntimeException {

    private final String messageKey;

    public CampaignStateException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
