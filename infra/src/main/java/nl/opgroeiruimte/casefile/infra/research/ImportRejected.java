package nl.opgroeiruimte.casefile.infra.research;

import java.util.List;
import nl.opgroeiruimte.casefile.kernel.common.Counts;

/** An import that appended nothing, with every problem found (up to a limit) and the line of each. */
public class ImportRejected extends RuntimeException {
    private final List<ImportProblem> problems;
    private final boolean truncated;

    public ImportRejected(List<ImportProblem> problems, boolean truncated) {
        super(
                "The import was refused and nothing was imported: "
                        + (truncated
                                ? problems.size() + "+ problems"
                                : Counts.of(problems.size(), "problem", "problems"))
                        + ", the first: "
                        + (problems.isEmpty()
                                ? "-"
                                : "line " + problems.get(0).line() + " "
                                        + problems.get(0).rule() + ": "
                                        + problems.get(0).detail()),
                null,
                false,
                false);
        this.problems = List.copyOf(problems);
        this.truncated = truncated;
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    /** More problems were found than are listed. */
    public boolean truncated() {
        return truncated;
    }
}
