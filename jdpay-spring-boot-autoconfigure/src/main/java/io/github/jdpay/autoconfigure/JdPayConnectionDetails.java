package io.github.jdpay.autoconfigure;

import io.github.jdpay.client.JdPayEndpoints;
import java.security.PublicKey;

/**
 * Where JD Pay is and how to recognise its answers: the endpoints and JD's public key. The default bean reads them
 * from {@code jdpay.endpoints.*} and {@code jdpay.jd-public-key}; define your own bean (as the simulator's
 * auto-configuration does) to point the client somewhere else.
 */
public interface JdPayConnectionDetails {

    /** JD's endpoints. */
    JdPayEndpoints getEndpoints();

    /** JD's public key, which verifies every answer and notification. */
    PublicKey getJdPublicKey();
}
