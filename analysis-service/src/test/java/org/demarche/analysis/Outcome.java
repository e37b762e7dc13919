package org.demarche.analysis;

import java.util.Set;
import java.util.TreeSet;

import org.demarche.contracts.StatementAnalyzed;

/** Compact, order-free views of a result for assertions: "JP>apt40>CN:OWN", "JP>CN", "CN>apt40". */
public final class Outcome {

    private Outcome() {
    }

    public static Set<String> attributions(StatementAnalyzed r) {
        Set<String> out = new TreeSet<>();
        r.attributions().forEach(a -> out.add(a.attributor() + ">" + a.groupId() + ">" + a.sponsor() + ":" + a.stance()));
        return out;
    }

    public static Set<String> groups(StatementAnalyzed r) {
        Set<String> out = new TreeSet<>();
        r.groups().forEach(g -> out.add(g.known() ? g.id() : "?" + g.name()));
        return out;
    }

    public static Set<String> condemnations(StatementAnalyzed r) {
        Set<String> out = new TreeSet<>();
        r.condemnations().forEach(c -> out.add(c.condemner() + ">" + c.target()));
        return out;
    }

    public static Set<String> denials(StatementAnalyzed r) {
        Set<String> out = new TreeSet<>();
        r.denials().forEach(d -> out.add(d.denier() + ">" + d.groupId()));
        return out;
    }

    public static Set<String> namings(StatementAnalyzed r) {
        Set<String> out = new TreeSet<>();
        r.namings().forEach(n -> out.add(n.state() + ">" + n.groupId() + ":" + n.kind()));
        return out;
    }
}
