package org.demarche.analysis.evaluation;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.demarche.analysis.Analyzer;

/**
 * Command line: {@code EvaluationMain CORPUS.json... [--show-errors]} runs the in-process analyzer over the corpora
 * and prints the report. Exit status 2 on a usage error.
 */
public final class EvaluationMain {

    private static final String SHOW_ERRORS = "--show-errors";

    private EvaluationMain() {
    }

    public static void main(String[] args) {
        boolean showErrors = false;
        List<Corpus> corpora = new ArrayList<>();
        for (String arg : args) {
            if (SHOW_ERRORS.equals(arg)) {
                showErrors = true;
            } else if (arg.startsWith("--")) {
                usage("unknown option " + arg);
                return;
            } else {
                corpora.add(Corpus.load(Path.of(arg)));
            }
        }
        if (corpora.isEmpty()) {
            usage("no corpus given");
            return;
        }
        CorpusEvaluation evaluation = new CorpusEvaluation(Analyzer.fromClasspath(Clock.systemUTC()),
                GroupClusters.fromGazetteer());
        System.out.print(EvaluationReport.format(evaluation.run(corpora), showErrors));
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: EvaluationMain CORPUS.json... [" + SHOW_ERRORS + "]");
        System.exit(2);
    }
}
