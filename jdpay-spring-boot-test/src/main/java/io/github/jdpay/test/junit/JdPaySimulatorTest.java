package io.github.jdpay.test.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Starts a {@link io.github.jdpay.test.JdPaySimulator} with the test merchant for the annotated test class, resets it
 * before each test, closes it after the class, and injects it into test and lifecycle method parameters.
 *
 * <pre>{@code
 * @JdPaySimulatorTest
 * class CheckoutTest {
 *     @Test
 *     void paysAnOrder(JdPaySimulator jd) { ... jd.paygateUrl() ... jd.pay("T1") ... }
 * }
 * }</pre>
 *
 * For other merchants or settings, register {@link JdPaySimulatorExtension} with {@code @RegisterExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(JdPaySimulatorExtension.class)
public @interface JdPaySimulatorTest {

    /** How much faster notification retries run than JD's: by default one simulated minute is one millisecond. */
    double timeScale() default JdPaySimulatorExtension.DEFAULT_TIME_SCALE;

    /**
     * Whether JD's time stands still until the test advances it: a {@link io.github.jdpay.test.ManualTime} starting
     * now, injected into parameters of that type. The time scale does not apply then.
     */
    boolean manualTime() default false;

    /** Whether orders, deliveries and faults are forgotten before each test. */
    boolean resetBeforeEach() default true;

    /** Host names besides loopback that notifications may go to. */
    String[] allowNotifyHosts() default {};
}
