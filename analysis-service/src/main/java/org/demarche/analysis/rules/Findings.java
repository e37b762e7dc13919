package org.demarche.analysis.rules;

import java.util.List;

import org.demarche.contracts.analysis.Attribution;
import org.demarche.contracts.analysis.Condemnation;
import org.demarche.contracts.analysis.Denial;
import org.demarche.contracts.analysis.Naming;

/** What the rules found in a statement. */
public record Findings(List<Attribution> attributions, List<Condemnation> condemnations, List<Denial> denials,
        List<Naming> namings) {
}
