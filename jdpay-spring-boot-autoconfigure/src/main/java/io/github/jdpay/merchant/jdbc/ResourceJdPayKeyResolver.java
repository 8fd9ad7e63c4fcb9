package io.github.jdpay.merchant.jdbc;

import io.github.jdpay.exception.JdPayKeyException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Resolves {@code file:} and {@code classpath:} locations as Spring's {@link ResourceLoader} does, and nothing else:
 * no {@code http:} or other URL, so that a row cannot make the application fetch its keys from anywhere.
 */
public final class ResourceJdPayKeyResolver implements JdPayKeyResolver {

    private final ResourceLoader resources;

    /** A resolver with the class loader of the current thread. */
    public ResourceJdPayKeyResolver() {
        this(new DefaultResourceLoader());
    }

    /** A resolver on the application's {@code ResourceLoader} (its context). */
    public ResourceJdPayKeyResolver(ResourceLoader resources) {
        this.resources = Objects.requireNonNull(resources, "resources");
    }

    @Override
    public @Nullable String resolve(String location) {
        if (!location.startsWith(ResourceLoader.CLASSPATH_URL_PREFIX) && !location.startsWith("file:")) {
            return null;
        }
        Resource resource = this.resources.getResource(location);
        if (!resource.exists()) {
            throw new JdPayKeyException(location, "does not exist");
        }
        try (InputStream in = resource.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new JdPayKeyException(
                    location, "cannot be read (" + ex.getClass().getSimpleName() + ")", ex);
        }
    }
}
