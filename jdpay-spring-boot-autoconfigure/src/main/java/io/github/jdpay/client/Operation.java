package io.github.jdpay.client;

/** JD Pay 2.0's XML interfaces, each posted to its own URL, and whether repeating one is safe. */
enum Operation implements RemoteOperation {
    UNIORDER("uniorder", Safety.MOVES_MONEY),
    QUERY("query", Safety.READ_ONLY),
    QUERY_REFUND("queryRefund", Safety.READ_ONLY),
    REFUND("refund", Safety.MOVES_MONEY),
    REVOKE("revoke", Safety.MOVES_MONEY),
    FKM_PAY("fkmPay", Safety.MOVES_MONEY),
    GET_USER_RELATION("getUserRelation", Safety.READ_ONLY),
    QUERY_BAITIAO_FQ("queryBaiTiaoFQ", Safety.READ_ONLY),
    // Changes state but moves no money, and unbinding twice is the same as once: the caller may simply call again.
    CANCEL_USER_RELATION("cancelUserRelation", Safety.CHANGES_STATE);

    private final String wireName;

    private final Safety safety;

    Operation(String wireName, Safety safety) {
        this.wireName = wireName;
        this.safety = safety;
    }

    @Override
    public String wireName() {
        return this.wireName;
    }

    @Override
    public String tradeField() {
        return "tradeNum";
    }

    @Override
    public Safety safety() {
        return this.safety;
    }
}
