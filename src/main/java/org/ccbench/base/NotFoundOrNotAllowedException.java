package org.ccbench.base;

/**
 * Thrown when a record does not exist or belongs to another organisation. Both cases look the same to the
 * caller, so that nothing about other organisations can be learned by guessing identifiers.
 */
public class NotFoundOrNotAllowedException extends RuntimeException {

    public NotFoundOrNotAllowedException(String what, Object id) {
        super(what + " " + id + " not found or not allowed");
    }
}
