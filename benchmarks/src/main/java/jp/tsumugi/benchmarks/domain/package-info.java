/**
 * The domain benchmarks: Tsumugi's own cooperatives (generator presets and dataset files) measured with the solver
 * configuration users run ({@link jp.tsumugi.solver.solve.RosterSolverConfig}).
 *
 * <ul>
 * <li>{@link jp.tsumugi.benchmarks.domain.DomainBenchmark} ({@code benchmarks/run-benchmark}): Timefold's Benchmarker
 * over the presets, one solver benchmark per {@link jp.tsumugi.solver.solve.RosterSolverConfig.Variant}, reading and
 * writing {@code tsumugi-dataset/1} files ({@link jp.tsumugi.benchmarks.domain.DatasetSolutionFileIO}); the HTML report
 * is made to render offline ({@link jp.tsumugi.benchmarks.domain.OfflineReport}).</li>
 * <li>{@link jp.tsumugi.benchmarks.domain.ScalingCommand} ({@code benchmarks/run-scaling}): one solve per problem with
 * the figures that say how the solver scales (construction time, score at fixed times, time to within 1 % of the final
 * score, score-calculation speed, peak heap, unfilled required hours), as a markdown table and a CSV file.</li>
 * </ul>
 */
package jp.tsumugi.benchmarks.domain;
