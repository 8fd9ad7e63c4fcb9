package io.github.jdpay.test;

/** Builds an {@link OrderRequest} from the fields of any interface that creates an order. */
final class OrderRequests {

    private OrderRequests() {}

    /**
     * Reads an order from request fields.
     *
     * @param amountRequired whether {@code amount} is required (not for a payer-typed CUST code, where it is 0)
     * @param notifyRequired whether {@code notifyUrl} is required
     */
    static OrderRequest read(
            String merchant, String channel, RequestFields fields, boolean amountRequired, boolean notifyRequired) {
        String tradeNum = fields.tradeNum("tradeNum");
        long amount = (amountRequired || fields.optional("amount") != null) ? fields.amount("amount") : 0;
        String notifyUrl = notifyRequired ? fields.required("notifyUrl") : fields.optional("notifyUrl");
        return new OrderRequest(
                merchant,
                channel,
                tradeNum,
                amount,
                fields.currency(),
                fields.optional("tradeName", ""),
                fields.optional("note", ""),
                fields.optional("userId"),
                notifyUrl,
                fields.optional("callbackUrl"),
                fields.expireSeconds(),
                fields.all());
    }
}
