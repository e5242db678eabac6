package org.ccbench.base;

/** Thrown when an update was based on a version that someone else has changed in the meantime. */
public class StaleDataException extends RuntimeException {

    public StaleDataException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }
}
