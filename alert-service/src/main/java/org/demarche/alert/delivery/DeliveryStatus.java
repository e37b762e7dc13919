package org.demarche.alert.delivery;

public enum DeliveryStatus {
    PENDING, DELIVERED, FAILED
}
