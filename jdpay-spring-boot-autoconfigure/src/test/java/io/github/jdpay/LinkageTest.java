package io.github.jdpay;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.CodeUnitAccessTarget;
import com.tngtech.archunit.core.domain.AccessTarget.FieldAccessTarget;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Optional;
import org.springframework.util.ClassUtils;

/**
 * The compiled library links against the class path it is tested on: every Spring, Jakarta and Jackson class, method,
 * constructor and field it uses is there. The Boot 4 run tests the classes compiled against Boot 3.5, where a member
 * that Boot 4 removed or changed would otherwise surface only as a {@code NoSuchMethodError} on the line that calls
 * it, and only if some test reaches that line.
 */
@AnalyzeClasses(
        packages = "io.github.jdpay",
        importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.DoNotIncludeBoot4Tests.class})
class LinkageTest {

    @ArchTest
    static final ArchRule everyApiTheLibraryUsesIsOnTheClassPath = classes().should(linkAgainstTheClassPath());

    private static ArchCondition<JavaClass> linkAgainstTheClassPath() {
        return new ArchCondition<>("use only Spring, Jakarta and Jackson classes and members that exist") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                if (isForAnotherBootGeneration(type)) {
                    return;
                }
                for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
                    JavaClass target = dependency.getTargetClass().getBaseComponentType();
                    if (isChecked(target)
                            && !ClassUtils.isPresent(target.getName(), LinkageTest.class.getClassLoader())) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
                for (JavaAccess<?> access : type.getAccessesFromSelf()) {
                    if (isChecked(access.getTargetOwner()) && !links(access.getTarget())) {
                        events.add(SimpleConditionEvent.violated(access, "no such member: " + access.getDescription()));
                    }
                }
            }
        };
    }

    /** The JVM links a call by name, parameter types and return type, a field access by name and type. */
    private static boolean links(AccessTarget target) {
        Optional<? extends JavaMember> member = target.resolveMember();
        if (member.isEmpty()) {
            return false;
        }
        if (target instanceof CodeUnitAccessTarget call && member.get() instanceof JavaCodeUnit resolved) {
            return call.getRawReturnType()
                    .getName()
                    .equals(resolved.getRawReturnType().getName());
        }
        if (target instanceof FieldAccessTarget access && member.get() instanceof JavaField resolved) {
            return access.getRawType().getName().equals(resolved.getRawType().getName());
        }
        return true;
    }

    /**
     * The health classes of one Spring Boot generation ({@code JdPayBoot3*}, {@code JdPayBoot4*}) use that
     * generation's health API and are loaded only where it is, by their configuration's class conditions.
     */
    private static boolean isForAnotherBootGeneration(JavaClass type) {
        String name = type.getName();
        ClassLoader loader = LinkageTest.class.getClassLoader();
        if (name.contains(".JdPayBoot3")) {
            return !ClassUtils.isPresent("org.springframework.boot.actuate.health.HealthIndicator", loader);
        }
        if (name.contains(".JdPayBoot4")) {
            return !ClassUtils.isPresent("org.springframework.boot.health.contributor.HealthIndicator", loader);
        }
        return false;
    }

    private static boolean isChecked(JavaClass type) {
        String name = type.getName();
        return name.startsWith("org.springframework.")
                || name.startsWith("jakarta.")
                || name.startsWith("com.fasterxml.");
    }
}
