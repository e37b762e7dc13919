package org.demarche.ingest.statement;

/** Source of new statement ids. */
@FunctionalInterface
public interface StatementIds {

    String next();
}
