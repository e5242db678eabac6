package org.ccbench.kpi.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccbench.kpi.DraftPrecondition;
import org.ccbench.kpi.Submission;

/**
 * A unit-month's entity tag (RFC 9110 §8.8.3) and the preconditions clients send with it. The tag is the
 * submission's version, which every save, submit and review raises: {@code "4"}; a month with nothing stored is
 * {@code "0"}. {@code If-Match} names the tag the client read ({@code "0"} or {@code If-None-Match: *} for a month
 * it saw empty) or {@code *} to overwrite whatever is stored; weak tags never match (strong comparison).
 */
final class EntityTags {

    static final String NOTHING_STORED = "\"0\"";
    /** A weak tag, or a tag that is no version of ours: no stored month matches it. */
    private static final DraftPrecondition NO_VERSION = DraftPrecondition.atVersion(-1);
    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)");

    private EntityTags() {
    }

    static String of(Submission submission) {
        return of(submission.version());
    }

    static String of(Optional<Submission> submission) {
        return of(submission.map(Submission::version).orElse(null));
    }

    static String of(Integer version) {
        return version == null ? NOTHING_STORED : "\"" + version + "\"";
    }

    /**
     * The precondition of a write, or empty when the client sent none.
     *
     * @throws ApiInputs.BadApiRequestException for a header that is not a list of entity tags, or several tags
     */
    static Optional<DraftPrecondition> precondition(String ifMatch, String ifNoneMatch) {
        if (ifNoneMatch != null) {
            if (!ifNoneMatch.strip().equals("*")) {
                throw new ApiInputs.BadApiRequestException("'If-None-Match' is only understood as '*' (the month has"
                        + " nothing stored yet).");
            }
            if (ifMatch != null) {
                throw new ApiInputs.BadApiRequestException("Send either 'If-Match' or 'If-None-Match', not both.");
            }
            return Optional.of(DraftPrecondition.whenNothingStored());
        }
        if (ifMatch == null) {
            return Optional.empty();
        }
        if (ifMatch.strip().equals("*")) {
            return Optional.of(DraftPrecondition.ANY);
        }
        List<String> strong = new ArrayList<>();
        boolean weak = false;
        Matcher matcher = TAG.matcher(ifMatch);
        int end = 0;
        while (end < ifMatch.length() && matcher.find(end) && matcher.start() == end) {
            if (matcher.group(1) == null) {
                strong.add(matcher.group(2));
            } else {
                weak = true;
            }
            end = matcher.end();
        }
        if (end != ifMatch.length() || strong.size() + (weak ? 1 : 0) == 0) {
            throw new ApiInputs.BadApiRequestException("'If-Match' must be an entity tag such as \"4\" from the"
                    + " ETag header of the month, or '*'.");
        }
        if (strong.size() > 1) {
            throw new ApiInputs.BadApiRequestException("'If-Match' must name the one entity tag you read.");
        }
        if (strong.isEmpty()) {
            return Optional.of(NO_VERSION);
        }
        try {
            int version = Integer.parseInt(strong.getFirst());
            return Optional.of(version == 0 ? DraftPrecondition.whenNothingStored() : DraftPrecondition.atVersion(version));
        } catch (NumberFormatException e) {
            return Optional.of(NO_VERSION);
        }
    }
}
