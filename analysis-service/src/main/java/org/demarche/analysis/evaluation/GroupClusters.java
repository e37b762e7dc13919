package org.demarche.analysis.evaluation;

import org.demarche.contracts.gazetteer.ThreatGroup;
import org.demarche.contracts.gazetteer.ThreatGroupCatalog;

/**
 * Maps a group name as written to the cluster it belongs to, so that aliases of one group compare equal: the
 * gazetteer id when the catalog knows the name, otherwise {@code "?"} followed by the normalised name.
 */
public final class GroupClusters {

    static final String UNKNOWN_PREFIX = "?";

    private final ThreatGroupCatalog catalog;

    public GroupClusters(ThreatGroupCatalog catalog) {
        this.catalog = catalog;
    }

    public static GroupClusters fromGazetteer() {
        return new GroupClusters(ThreatGroupCatalog.load());
    }

    /** The cluster of a name, or null for a null name (an attribution without a group). */
    public String cluster(String name) {
        if (name == null) {
            return null;
        }
        return catalog.resolve(name).map(ThreatGroup::id)
                .orElseGet(() -> UNKNOWN_PREFIX + ThreatGroupCatalog.key(name));
    }

    public boolean isKnown(String name) {
        return name != null && catalog.resolve(name).isPresent();
    }
}
