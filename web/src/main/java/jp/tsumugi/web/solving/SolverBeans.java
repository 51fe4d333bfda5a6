package jp.tsumugi.web.solving;

import jp.tsumugi.solver.solve.RosterSolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class SolverBeans {

    /** Scores, summaries, explanations and recommendations of saved rosters (thread-safe, built once). */
    @Bean
    RosterSolver rosterSolver() {
        return new RosterSolver();
    }
}
