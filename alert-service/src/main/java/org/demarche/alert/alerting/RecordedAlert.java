package org.demarche.alert.alerting;

import java.util.List;
import java.util.UUID;

/** A newly stored alert and the deliveries created for it. */
public record RecordedAlert(NewAlert alert, List<UUID> deliveryIds) {

    public RecordedAlert {
        deliveryIds = List.copyOf(deliveryIds);
    }
}
