/**
 * What operations sees of JD Pay: the journal of recent notifications, the per-merchant checks behind the health
 * contributors, the info contributor and the read-only {@code jdpay} actuator endpoint. Classes that use Spring Boot's
 * actuator are only loaded when it is on the class path.
 */
@NullMarked
package io.github.jdpay.observation;

import org.jspecify.annotations.NullMarked;
