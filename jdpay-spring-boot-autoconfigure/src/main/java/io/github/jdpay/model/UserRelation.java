package io.github.jdpay.model;

import java.util.Objects;

/**
 * Whether JD has bound a merchant's user id to a JD account, which lets later payments skip identity verification.
 *
 * @param userId the merchant's id for the user; kept out of {@link #toString()}
 * @param bound whether JD holds a binding for it
 */
public record UserRelation(String userId, boolean bound) {

    public UserRelation {
        Objects.requireNonNull(userId, "userId");
    }

    @Override
    public String toString() {
        return "UserRelation[bound=" + this.bound + "]";
    }
}
