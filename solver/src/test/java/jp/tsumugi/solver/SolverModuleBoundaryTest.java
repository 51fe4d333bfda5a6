package jp.tsumugi.solver;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The solver is plain Java on Timefold: it must never reach for Spring, JPA, Jackson or anything of the web app, so that
 * the same model runs in the web app, the benchmarks and the tests (DESIGN.md, "Modules").
 */
class SolverModuleBoundaryTest {
    private static final JavaClasses SOLVER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.tsumugi.solver");

    @Test
    void solverDependsOnlyOnTheJdkTimefoldAndOjAlgo() {
        // ojAlgo (pure Java): the linear relaxation of the column generation phase's master problem.
        classes().that().resideInAPackage("jp.tsumugi.solver..")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "ai.timefold.solver.core..", "jp.tsumugi.solver..", "org.ojalgo..")
                .check(SOLVER);
    }

    @Test
    void solverNeverTouchesSpringJpaJacksonOrTheWebApp() {
        noClasses().that().resideInAPackage("jp.tsumugi.solver..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "javax.persistence..",
                        "org.hibernate..", "com.fasterxml.jackson..", "jp.tsumugi.web..", "jp.tsumugi.fixtures..")
                .check(SOLVER);
    }
}
