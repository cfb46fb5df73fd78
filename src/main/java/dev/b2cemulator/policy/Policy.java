package dev.b2cemulator.policy;

/**
 * A custom policy: its id (the case of the latest upload's {@code PolicyId}), the base it
 * names (normalised, null for none: read once at upload, for the base-chain checks of
 * later uploads), and the document as it was received.
 */
record Policy(String id, String basePolicyId, String document) {

    @Override
    public String toString() {
        return "Policy[id=" + id + ", base=" + basePolicyId + ", " + document.length() + " characters]";
    }

}
