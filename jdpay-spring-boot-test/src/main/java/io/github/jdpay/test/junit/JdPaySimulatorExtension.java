package io.github.jdpay.test.junit;

import io.github.jdpay.test.JdPaySimulator;
import io.github.jdpay.test.JdPaySimulatorBuilder;
import io.github.jdpay.test.ManualTime;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Runs a {@link JdPaySimulator} for a test class: started before the first test, reset before each (unless told
 * otherwise), closed after the last, and injected into parameters of type {@link JdPaySimulator}, and of type
 * {@link ManualTime} when it runs on one.
 *
 * <p>Declaratively through {@link JdPaySimulatorTest}, or programmatically for full control:
 *
 * <pre>{@code
 * @RegisterExtension
 * static JdPaySimulatorExtension jd = new JdPaySimulatorExtension(builder -> builder
 *         .testMerchant().merchant("110000000001", desKey, publicKeyPem));
 *
 * @DynamicPropertySource
 * static void jdpay(DynamicPropertyRegistry registry) {
 *     registry.add("jdpay.base-url", () -> jd.simulator().paygateUrl());
 * }
 * }</pre>
 */
public class JdPaySimulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

    /** The default time scale: one simulated minute per real millisecond. */
    public static final double DEFAULT_TIME_SCALE = 60_000;

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(JdPaySimulatorExtension.class);

    private final @Nullable Consumer<JdPaySimulatorBuilder> configurer;

    private final boolean resetBeforeEach;

    private @Nullable JdPaySimulator simulator;

    /** The extension {@link JdPaySimulatorTest} registers: configured by that annotation. */
    public JdPaySimulatorExtension() {
        this.configurer = null;
        this.resetBeforeEach = true;
    }

    /**
     * An extension whose simulator is configured by {@code configurer} (register merchants there); state is reset
     * before each test.
     */
    public JdPaySimulatorExtension(Consumer<JdPaySimulatorBuilder> configurer) {
        this(configurer, true);
    }

    /** As {@link #JdPaySimulatorExtension(Consumer)}, choosing whether state is reset before each test. */
    public JdPaySimulatorExtension(Consumer<JdPaySimulatorBuilder> configurer, boolean resetBeforeEach) {
        this.configurer = configurer;
        this.resetBeforeEach = resetBeforeEach;
    }

    /**
     * The simulator, started on first use: usable from a static {@code @DynamicPropertySource} method, which may run
     * before the test class starts.
     */
    public synchronized JdPaySimulator simulator() {
        if (this.simulator == null) {
            this.simulator = create(null);
        }
        return this.simulator;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        holder(context);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        Running running = holder(context);
        if (running.reset) {
            running.simulator.reset();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == JdPaySimulator.class || type == ManualTime.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        JdPaySimulator simulator = holder(context).simulator;
        if (parameter.getParameter().getType() == JdPaySimulator.class) {
            return simulator;
        }
        return simulator
                .manualTime()
                .orElseThrow(() -> new ParameterResolutionException("the simulator runs in real time: ask for a "
                        + "ManualTime with @JdPaySimulatorTest(manualTime = true) or builder.manualTime(...)"));
    }

    private Running holder(ExtensionContext context) {
        // The store looks in enclosing contexts first, so nested classes and methods share the class's simulator.
        return context.getStore(NAMESPACE).getOrComputeIfAbsent(Running.class, key -> start(context), Running.class);
    }

    private synchronized Running start(ExtensionContext context) {
        if (this.simulator == null) {
            this.simulator = create(context);
        }
        boolean reset =
                annotation(context).map(JdPaySimulatorTest::resetBeforeEach).orElse(this.resetBeforeEach);
        return new Running(this, this.simulator, reset);
    }

    private JdPaySimulator create(@Nullable ExtensionContext context) {
        JdPaySimulatorBuilder builder = JdPaySimulator.builder();
        if (this.configurer != null) {
            builder.timeScale(DEFAULT_TIME_SCALE);
            this.configurer.accept(builder);
        } else {
            Optional<JdPaySimulatorTest> settings = (context != null) ? annotation(context) : Optional.empty();
            builder.testMerchant()
                    .timeScale(settings.map(JdPaySimulatorTest::timeScale).orElse(DEFAULT_TIME_SCALE))
                    .allowNotifyHosts(
                            settings.map(JdPaySimulatorTest::allowNotifyHosts).orElse(new String[0]));
            if (settings.map(JdPaySimulatorTest::manualTime).orElse(false)) {
                builder.manualTime(ManualTime.startingNow());
            }
        }
        return builder.start();
    }

    private Optional<JdPaySimulatorTest> annotation(ExtensionContext context) {
        if (this.configurer != null) {
            return Optional.empty();
        }
        Optional<ExtensionContext> current = Optional.of(context);
        while (current.isPresent()) {
            Optional<JdPaySimulatorTest> found = current.get()
                    .getTestClass()
                    .flatMap(type -> AnnotationSupport.findAnnotation(type, JdPaySimulatorTest.class));
            if (found.isPresent()) {
                return found;
            }
            current = current.get().getParent();
        }
        return Optional.empty();
    }

    private synchronized void stopped(JdPaySimulator stopped) {
        if (this.simulator == stopped) {
            this.simulator = null;
        }
    }

    /** The simulator of one class (or method) scope; JUnit closes it when the scope ends. */
    private static final class Running implements ExtensionContext.Store.CloseableResource {

        final JdPaySimulatorExtension extension;

        final JdPaySimulator simulator;

        final boolean reset;

        Running(JdPaySimulatorExtension extension, JdPaySimulator simulator, boolean reset) {
            this.extension = extension;
            this.simulator = simulator;
            this.reset = reset;
        }

        @Override
        public void close() {
            this.simulator.close();
            this.extension.stopped(this.simulator);
        }
    }
}
