package org.demarche.analysis.rules;

import org.demarche.analysis.group.GroupHit;
import org.demarche.analysis.text.Sentence;
import org.demarche.contracts.analysis.Confidence;

/** An attribution before it becomes a contract record: who, which group (or none), which sponsor (or none). */
record Claim(String attributor, GroupHit group, String sponsor, Confidence confidence, Sentence sentence, String rule) {

    String groupKey() {
        return group == null ? null : group.key();
    }

    Claim withAttributor(String code, String newRule) {
        return new Claim(code, group, sponsor, confidence, sentence, newRule);
    }

    Claim withSponsor(String code) {
        return new Claim(attributor, group, code, confidence, sentence, rule);
    }
}
