package dev.b2cemulator.token;

/**
 * A refused token request, rendered in Entra ID's shape ({@code error}, {@code AADSTS…}
 * description).
 */
class TokenRequestException extends RuntimeException {

    private final int status;

    private final String error;

    private final int aadstsCode;

    TokenRequestException(int status, String error, int aadstsCode, String description) {
        super(description, null, false, false);
        this.status = status;
        this.error = error;
        this.aadstsCode = aadstsCode;
    }

    static TokenRequestException missingParameter(String name) {
        return new TokenRequestException(400, "invalid_request", 900144,
                "The request body must contain the following parameter: '" + name + "'.");
    }

    int status() {
        return status;
    }

    String error() {
        return error;
    }

    int aadstsCode() {
        return aadstsCode;
    }

}
