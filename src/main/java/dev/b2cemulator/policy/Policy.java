package dev.b2cemulator.policy;

/**
 * A custom policy: its id (the case of the latest upload's {@code PolicyId}) and the
 * document as it was received.
 */
record Policy(String id, String document) {

    @Override
    public String toString() {
        return "Policy[id=" + id + ", " + document.length() + " characters]";
    }

}
