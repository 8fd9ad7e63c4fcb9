package io.github.jdpay.client;

/** JD Pay 2.0's XML interfaces, each posted to its own URL, and whether repeating one is safe. */
enum Operation {
    UNIORDER("uniorder", Safety.MOVES_MONEY),
    QUERY("query", Safety.READ_ONLY),
    QUERY_REFUND("queryRefund", Safety.READ_ONLY),
    REFUND("refund", Safety.MOVES_MONEY),
    REVOKE("revoke", Safety.MOVES_MONEY),
    FKM_PAY("fkmPay", Safety.MOVES_MONEY),
    GET_USER_RELATION("getUserRelation", Safety.READ_ONLY),
    // Changes state but moves no money, and unbinding twice is the same as once: the caller may simply call again.
    CANCEL_USER_RELATION("cancelUserRelation", Safety.CHANGES_STATE);

    private final String wireName;

    private final Safety safety;

    Operation(String wireName, Safety safety) {
        this.wireName = wireName;
        this.safety = safety;
    }

    /** JD's name, which is also the last path segment of its URL. */
    String wireName() {
        return this.wireName;
    }

    /** Whether a transport failure may be retried automatically. */
    boolean isReadOnly() {
        return this.safety == Safety.READ_ONLY;
    }

    /** Whether a failure after sending leaves the outcome unknown (and must be settled by a query). */
    boolean movesMoney() {
        return this.safety == Safety.MOVES_MONEY;
    }

    private enum Safety {
        READ_ONLY,
        CHANGES_STATE,
        MOVES_MONEY
    }
}
