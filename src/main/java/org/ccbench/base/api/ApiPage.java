package org.ccbench.base.api;

import java.util.List;

/**
 * One page of a list the API returns: {@code items} of page {@code page} (0-based) of {@code size} items, out of
 * {@code total}. A page past the end is empty, with the same total.
 */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

    public ApiPage {
        items = List.copyOf(items);
    }

    /** The requested page of {@code all}, which is already in the API's order. */
    public static <T> ApiPage<T> of(List<T> all, ApiPaging paging) {
        long from = Math.min((long) paging.page() * paging.size(), all.size());
        long to = Math.min(from + paging.size(), all.size());
        return new ApiPage<>(all.subList((int) from, (int) to), paging.page(), paging.size(), all.size());
    }
}
