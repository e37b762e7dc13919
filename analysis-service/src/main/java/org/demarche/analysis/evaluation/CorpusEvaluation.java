package org.demarche.analysis.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.demarche.analysis.Analyzer;
import org.demarche.analysis.StatementInput;
import org.demarche.contracts.StatementAnalyzed;

/**
 * Runs the analyzer over corpora and scores it. The analyzer sees what an ingest would have (text, publisher,
 * publication date, URL) but not the gold language, so language detection is measured too.
 */
public final class CorpusEvaluation {

    private final Analyzer analyzer;
    private final GroupClusters clusters;

    public CorpusEvaluation(Analyzer analyzer, GroupClusters clusters) {
        this.analyzer = analyzer;
        this.clusters = clusters;
    }

    public Result run(List<Corpus> corpora) {
        Scorer scorer = new Scorer(clusters);
        List<String> failures = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Corpus corpus : corpora) {
            names.add(corpus.corpus());
            for (Corpus.Statement statement : corpus.statements()) {
                StatementAnalyzed analysis;
                try {
                    analysis = analyzer.analyze(inputOf(statement));
                } catch (RuntimeException e) {
                    // one statement the analyzer chokes on must not hide the figures of the others
                    failures.add(statement.id() + ": " + e);
                    analysis = null;
                }
                scorer.add(statement, analysis);
            }
        }
        return new Result(names, scorer, failures);
    }

    static StatementInput inputOf(Corpus.Statement statement) {
        return new StatementInput(statement.id(), statement.text(), statement.publisher(), statement.url(),
                statement.publishedAt(), null, null);
    }

    /** @param failures statements the analyzer threw on, with the exception */
    public record Result(List<String> corpora, Scorer scorer, List<String> failures) {
        public Result {
            corpora = List.copyOf(corpora);
            failures = List.copyOf(failures);
        }
    }
}
