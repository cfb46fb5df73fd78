package dev.b2cemulator.token;

/**
 * A client-credentials request as it arrived, v2 ({@code scope}) or v1
 * ({@code resource}). The secret is kept out of {@link #toString()}.
 */
record TokenRequest(String tenant, String grantType, String clientId, String clientSecret, String scope,
        String resource, boolean v1) {

    @Override
    public String toString() {
        return "TokenRequest[tenant=" + tenant + ", grantType=" + grantType + ", clientId=" + clientId + ", scope="
                + scope + ", resource=" + resource + ", v1=" + v1 + "]";
    }

}
