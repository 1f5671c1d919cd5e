package nl.opgroeiruimte.casefile.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bench's options: --help answers with the usage, and an option it does not know never starts a 45-minute run. */
class BenchOptionsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Integer parse(BenchOptions options, String... args) {
        return Bench.parse(
                options,
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpPrintsTheUsageAndRunsNothing() {
        assertThat(parse(new BenchOptions(), "--help")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage:", "--cases", "--national", "--only", "--app");
    }

    @Test
    void anUnknownOptionIsRefusedWithTheUsage() {
        assertThat(parse(new BenchOptions(), "--case=300")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown option: '--case=300'", "--cases", "Usage:");
        assertThat(parse(new BenchOptions(), "--cases=many")).isEqualTo(2);
    }

    @Test
    void theDatasetFollowsTheOptionsAndTheNationalDefaults() {
        BenchOptions quick = new BenchOptions();
        assertThat(parse(
                        quick,
                        "--cases=300",
                        "--only=rebuild,asof",
                        "--clients=1,4",
                        "--app:casefile.snapshot-threshold=100"))
                .isNull();
        assertThat(quick.cases()).isEqualTo(300);
        assertThat(quick.eventsPerCase()).isEqualTo(50);
        assertThat(quick.only).containsExactly("rebuild", "asof");
        assertThat(quick.clients).containsExactly(1, 4);
        assertThat(quick.app).isEqualTo(Map.of("casefile.snapshot-threshold", "100"));
        assertThat(quick.rebuildProfile).isNull();
        assertThat(Bench.appArguments("jdbc:postgresql://x/db", "postgres", quick))
                .contains("--casefile.snapshot-threshold=100");

        BenchOptions profiled = new BenchOptions();
        assertThat(parse(profiled, "--only=rebuild", "--rebuild-profile=target/rebuild.jfr"))
                .isNull();
        assertThat(profiled.rebuildProfile).isEqualTo("target/rebuild.jfr");

        BenchOptions national = new BenchOptions();
        assertThat(parse(national, "--national", "--giants=5")).isNull();
        assertThat(national.cases()).isEqualTo(10_000);
        assertThat(national.eventsPerCase()).isEqualTo(750);
        assertThat(national.giants()).isEqualTo(5);
    }

    @Test
    void theBaselineWithoutTheHashChainCannotMeasureTheChain() {
        BenchOptions baseline = new BenchOptions();
        assertThat(parse(baseline, "--unhashed", "--only=commands")).isNull();
        assertThat(baseline.unhashed).isTrue();
        assertThat(parse(new BenchOptions(), "--unhashed")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--unhashed", "chain");
    }

    @Test
    void theBaselineWithoutTheHashChainCannotCompareTheCommandRateWithIt() {
        assertThat(parse(new BenchOptions(), "--unhashed", "--only=commands,hashing"))
                .isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--unhashed", "'hashing'");
    }

    @Test
    void aPartItDoesNotKnowIsRefusedInsteadOfMeasuringNothing() {
        assertThat(parse(new BenchOptions(), "--only=rebuild,commandz")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unknown part commandz", "the parts are rebuild, dashboard", "hashing", "Usage:");
        BenchOptions all = new BenchOptions();
        assertThat(parse(all)).isNull();
        assertThat(all.only).containsExactlyElementsOf(BenchOptions.PARTS);
    }
}
