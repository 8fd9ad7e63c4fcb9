package io.github.jdpay.autoconfigure;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The statement (对账单) download from JD's bill service; on when a bill key is set. */
@ConfigurationProperties("jdpay.statement")
public class JdPayStatementProperties {

    /** Bill key the merchant gave JD for statement downloads, apart from the payment keys; downloads stay off without it. */
    private @Nullable String billKey;

    /** Merchant number whose statements are downloaded; jdpay.merchant-no when not set. */
    private @Nullable String merchantNo;

    /** Owner JD's bill service knows the merchant by; the first 9 digits of a 12-digit merchant number when not set. */
    private @Nullable String owner;

    /** Path of the statement files at JD, as JD assigns it. */
    private String path = "0001/0001";

    /** URL of JD's bill service. */
    private URI url = URI.create("https://bapi.jdpay.com/api/download.do");

    public @Nullable String getBillKey() {
        return this.billKey;
    }

    public void setBillKey(@Nullable String billKey) {
        this.billKey = billKey;
    }

    public @Nullable String getMerchantNo() {
        return this.merchantNo;
    }

    public void setMerchantNo(@Nullable String merchantNo) {
        this.merchantNo = merchantNo;
    }

    public @Nullable String getOwner() {
        return this.owner;
    }

    public void setOwner(@Nullable String owner) {
        this.owner = owner;
    }

    public String getPath() {
        return this.path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public URI getUrl() {
        return this.url;
    }

    public void setUrl(URI url) {
        this.url = url;
    }

    @Override
    public String toString() {
        // The bill key is a secret: this object ends up in logs and in the actuator's configprops.
        return "Statement[merchantNo=" + this.merchantNo + ", owner=" + this.owner + ", path=" + this.path + ", url="
                + this.url + ", billKey=" + JdPayMerchantProperties.secret(this.billKey) + "]";
    }
}
