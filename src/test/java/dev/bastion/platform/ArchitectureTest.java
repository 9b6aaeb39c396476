package dev.bastion.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The per-context shape (docs/architecture.md) as rules that fail the build: {@code model} holds pure
 * rules and entities, so it sees neither the container nor the other rooms; arrows point
 * web -> app -> model, infra serves app, and no context reaches into another's web beans.
 */
class ArchitectureTest {

    /** The bounded contexts; platform and the simulator are shared infrastructure around them. */
    static final List<String> CONTEXTS = List.of("eve", "esi", "identity", "audit", "killtracker", "captrack", "notify");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.bastion");
    }

    @Test
    void modelImportsNoContainerOrWebCode() {
        ArchRule rule = noClasses().that().resideInAPackage("dev.bastion..model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.ejb..", "jakarta.enterprise..", "jakarta.inject..", "jakarta.faces..",
                        "jakarta.servlet..", "jakarta.ws..", "jakarta.json..", "jakarta.transaction..",
                        "jakarta.annotation..", "org.eclipse.microprofile..", "org.primefaces..",
                        "java.sql..", "javax.sql..", "com.nimbusds..")
                .because("model holds entities, value objects and pure rules, unit-tested without a container "
                        + "(JPA annotations are the one exception)");
        rule.allowEmptyShould(true).check(classes);
    }

    @Test
    void modelUsesNoServiceInfrastructureOrPage() {
        noClasses().that().resideInAPackage("dev.bastion..model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "dev.bastion..app..", "dev.bastion..infra..", "dev.bastion..web..")
                .because("arrows point web -> app -> model")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void servicesAndInfrastructureUseNoPage() {
        noClasses().that().resideInAnyPackage("dev.bastion..app..", "dev.bastion..infra..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.bastion..web..")
                .because("backing beans call services, never the reverse")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void infrastructureUsesNoServiceOfItsOwnContext() {
        for (String context : CONTEXTS) {
            noClasses().that().resideInAPackage("dev.bastion." + context + ".infra..")
                    .should().dependOnClassesThat().resideInAPackage("dev.bastion." + context + ".app..")
                    .because("infra (JDBC read models, REST clients, caches) serves its app, not the reverse")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void noContextUsesAnotherContextsInfrastructure() {
        for (String context : CONTEXTS) {
            noClasses().that().resideInAPackage("dev.bastion." + context + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherContexts(context, "infra"))
                    .because("a context uses another only through its services or a read port it publishes")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void onlyThePlatformWebUsesAnotherContextsPages() {
        for (String context : CONTEXTS) {
            noClasses().that().resideInAPackage("dev.bastion." + context + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherContexts(context, "web"))
                    .because("pages belong to their context; portal-wide web pieces live in platform.web")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    private static String[] otherContexts(String context, String room) {
        return CONTEXTS.stream().filter(c -> !c.equals(context))
                .map(c -> "dev.bastion." + c + "." + room + "..").toArray(String[]::new);
    }
}
