package io.github.jdpay.model.aggregate;

import io.github.jdpay.model.FieldRules;
import io.github.jdpay.model.Money;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Collects the {@link AggregateOrder} fields of the requests that place an order; {@code build()} of the concrete
 * builder validates them.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class AggregateOrderBuilder<B extends AggregateOrderBuilder<B>> {

    private @Nullable String outTradeNo;
    private @Nullable Money amount;
    private @Nullable String productName;
    private @Nullable String remark;
    private @Nullable String notifyUrl;
    private @Nullable String outTradeIp;
    private @Nullable String returnParams;
    private @Nullable Instant tradeTime;
    private @Nullable Instant deadlineTime;
    private @Nullable String deviceInfo;
    private @Nullable String goodsInfoList;
    private @Nullable String extMap;

    AggregateOrderBuilder() {}

    abstract B self();

    public B outTradeNo(String outTradeNo) {
        this.outTradeNo = outTradeNo;
        return self();
    }

    public B amount(Money amount) {
        this.amount = amount;
        return self();
    }

    public B productName(@Nullable String productName) {
        this.productName = productName;
        return self();
    }

    public B remark(@Nullable String remark) {
        this.remark = remark;
        return self();
    }

    public B notifyUrl(@Nullable String notifyUrl) {
        this.notifyUrl = notifyUrl;
        return self();
    }

    public B outTradeIp(@Nullable String outTradeIp) {
        this.outTradeIp = outTradeIp;
        return self();
    }

    public B returnParams(@Nullable String returnParams) {
        this.returnParams = returnParams;
        return self();
    }

    public B tradeTime(@Nullable Instant tradeTime) {
        this.tradeTime = tradeTime;
        return self();
    }

    public B deadlineTime(@Nullable Instant deadlineTime) {
        this.deadlineTime = deadlineTime;
        return self();
    }

    public B deviceInfo(@Nullable String deviceInfo) {
        this.deviceInfo = deviceInfo;
        return self();
    }

    public B goodsInfoList(@Nullable String goodsInfoList) {
        this.goodsInfoList = goodsInfoList;
        return self();
    }

    public B extMap(@Nullable String extMap) {
        this.extMap = extMap;
        return self();
    }

    /** The validated order fields. */
    AggregateOrder order() {
        return new AggregateOrder(
                FieldRules.present("outTradeNo", this.outTradeNo),
                FieldRules.present("amount", this.amount),
                this.productName,
                this.remark,
                this.notifyUrl,
                this.outTradeIp,
                this.returnParams,
                this.tradeTime,
                this.deadlineTime,
                this.deviceInfo,
                this.goodsInfoList,
                this.extMap);
    }
}
