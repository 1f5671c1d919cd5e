package nl.opgroeiruimte.casefile.infra.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import nl.opgroeiruimte.casefile.infra.record.ChainVerifier;
import nl.opgroeiruimte.casefile.kernel.common.Counts;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code verify [--case=ID]}: the hash chains recomputed from the stored rows, of one case or of every stream. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Recomputes the hash chains from the event store and prints the first broken link of each broken stream.",
            "Exits with 4 when a chain is broken."
        })
public class VerifyCommand implements Callable<Integer> {
    @ParentCommand
    private CaseFileCli service;

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", paramLabel = "ID", description = "Verify this case only (default: every stream)")
    private String caseId;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (ConfigurableApplicationContext context = service.startService()) {
            ChainVerifier verifier = context.getBean(ChainVerifier.class);
            long[] streams = new long[1];
            long[] events = new long[1];
            long[] broken = new long[1];
            Consumer<ChainVerifier.Verdict> report = verdict -> {
                streams[0]++;
                events[0] += verdict.events();
                if (!verdict.intact()) {
                    broken[0]++;
                    out.println("BROKEN " + verdict.stream() + " at sequence number " + verdict.brokenAt() + ": "
                            + verdict.problem());
                }
            };
            if (caseId != null) {
                ChainVerifier.Verdict verdict = verifier.verify(caseId);
                if (verdict.events() == 0) {
                    err.println("verify failed: the store holds no case " + caseId);
                    return 1;
                }
                report.accept(verdict);
            } else {
                verifier.verifyAll(report);
            }
            out.println(Counts.of(streams[0], "stream", "streams") + ", " + Counts.of(events[0], "event", "events")
                    + " verified; "
                    + (broken[0] == 0 ? "every chain is intact" : Counts.of(broken[0], "chain", "chains") + " broken"));
            out.flush();
            return broken[0] == 0 ? 0 : CaseFileCli.BROKEN;
        }
    }
}
