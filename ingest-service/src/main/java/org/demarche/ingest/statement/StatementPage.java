package org.demarche.ingest.statement;

import java.util.List;

/** {@code GET /statements}: a page in arrival order; pass {@code next} as {@code after} for the following one. */
public record StatementPage(List<StatementView> items, String next) {
}
