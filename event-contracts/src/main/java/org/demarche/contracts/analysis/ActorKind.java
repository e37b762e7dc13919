package org.demarche.contracts.analysis;

public enum ActorKind {
    STATE, IGO, NON_STATE
}
