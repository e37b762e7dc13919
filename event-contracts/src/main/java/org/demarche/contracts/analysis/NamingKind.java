package org.demarche.contracts.analysis;

public enum NamingKind {
    ATTRIBUTION, DENIAL
}
