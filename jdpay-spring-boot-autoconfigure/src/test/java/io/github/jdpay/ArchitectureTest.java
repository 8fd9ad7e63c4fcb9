package io.github.jdpay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package rules of DESIGN.md, kept true by the build. */
@AnalyzeClasses(
        packages = "io.github.jdpay",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeBoot4Tests.class})
class ArchitectureTest {

    /**
     * The Boot 4.0 and 4.1 runs compile the tests to {@code target/test-classes-boot4} and {@code -boot41}, unknown to
     * {@code DoNotIncludeTests}.
     */
    static final class DoNotIncludeBoot4Tests implements ImportOption {

        @Override
        public boolean includes(Location location) {
            return !location.contains("/test-classes-boot");
        }
    }

    @ArchTest
    static final ArchRule cryptoAndProtocolUseNoSpring = noClasses()
            .that()
            .resideInAnyPackage("io.github.jdpay.crypto..", "io.github.jdpay.protocol..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .because("crypto and protocol are plain Java, usable and testable without Spring Boot");

    @ArchTest
    static final ArchRule cryptoStandsAlone = noClasses()
            .that()
            .resideInAPackage("io.github.jdpay.crypto..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "io.github.jdpay.protocol..",
                    "io.github.jdpay.model..",
                    "io.github.jdpay.client..",
                    "io.github.jdpay.notify..",
                    "com.fasterxml..")
            .because("crypto uses only the JDK, Bouncy Castle and the exception hierarchy");

    @ArchTest
    static final ArchRule notifyNeverImportsAutoConfiguration = noClasses()
            .that()
            .resideInAPackage("io.github.jdpay.notify..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("io.github.jdpay.autoconfigure..", "org.springframework.boot..")
            .because("the notification endpoint works in any Spring application; Boot only wires it");

    @ArchTest
    static final ArchRule libraryNeverImportsAutoConfiguration = noClasses()
            .that()
            .resideOutsideOfPackage("io.github.jdpay.autoconfigure..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.github.jdpay.autoconfigure..")
            .because("the library works without Spring Boot's auto-configuration");

    @ArchTest
    static final ArchRule onlyWhatSpringBoot3And4Share = noClasses()
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson..", "org.springframework.lang..")
            .because("one jar serves Boot 3.5 and 4.0: Jackson 3 is not on a Boot 3.5 application's class path, and"
                    + " null-safety is JSpecify's, not Spring's annotations that Spring Framework 7 deprecated");

    @ArchTest
    static final ArchRule onlyTheJdbcStoreUsesSpringJdbc = noClasses()
            .that()
            .resideOutsideOfPackages(
                    "io.github.jdpay.notify.idempotency.jdbc..",
                    "io.github.jdpay.merchant.jdbc..",
                    "io.github.jdpay.autoconfigure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.jdbc..", "javax.sql..")
            .because("spring-jdbc is optional: only the JDBC store, the JDBC merchant registry and their"
                    + " auto-configuration may need it");

    @ArchTest
    static final ArchRule onlyTheRedisStoreUsesRedis = noClasses()
            .that()
            .resideOutsideOfPackages("io.github.jdpay.notify.idempotency.redis..", "io.github.jdpay.autoconfigure..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework.data.redis..", "io.lettuce..")
            .because("Spring Data Redis and Lettuce are optional: only the Redis store and its auto-configuration may"
                    + " need them");

    @ArchTest
    static final ArchRule storesStandApart = slices().matching("io.github.jdpay.notify.idempotency.(*)..")
            .should()
            .notDependOnEachOther()
            .because("each store needs only the SPI, so that an application has the one it uses without the others");

    /** The rows of the package table: each layer uses only the layers named there (and the exceptions). */
    @ArchTest
    static final ArchRule layersAsDesigned = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(true)
            .layer("exception")
            .definedBy("io.github.jdpay.exception..")
            .layer("crypto")
            .definedBy("io.github.jdpay.crypto..")
            .layer("model")
            .definedBy("io.github.jdpay.model..")
            .layer("protocol")
            .definedBy("io.github.jdpay.protocol..")
            .layer("merchant")
            .definedBy("io.github.jdpay.merchant..")
            .layer("client")
            .definedBy("io.github.jdpay.client..")
            .layer("notify")
            .definedBy("io.github.jdpay.notify..")
            .layer("observation")
            .definedBy("io.github.jdpay.observation..")
            .layer("autoconfigure")
            .definedBy("io.github.jdpay.autoconfigure..")
            .whereLayer("exception")
            .mayNotAccessAnyLayer()
            .whereLayer("crypto")
            .mayOnlyAccessLayers("exception")
            .whereLayer("model")
            .mayOnlyAccessLayers("exception")
            .whereLayer("protocol")
            .mayOnlyAccessLayers("crypto", "model", "exception")
            .whereLayer("merchant")
            .mayOnlyAccessLayers("crypto", "model", "exception")
            .whereLayer("client")
            .mayOnlyAccessLayers("protocol", "model", "merchant", "exception")
            .whereLayer("notify")
            .mayOnlyAccessLayers("protocol", "model", "merchant", "exception")
            .whereLayer("observation")
            .mayOnlyAccessLayers("client", "notify", "merchant", "model", "exception")
            .whereLayer("autoconfigure")
            .mayNotBeAccessedByAnyLayer()
            .because("DESIGN's package table: a package uses only the rows it names, and nothing uses autoconfigure");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.github.jdpay.(**)")
            .should()
            .beFreeOfCycles()
            .because("every package, sub-packages included, is a layer of its own");
}
