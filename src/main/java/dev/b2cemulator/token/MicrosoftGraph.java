package dev.b2cemulator.token;

import java.util.Set;

/** Microsoft Graph as a resource of Entra ID: the names tokens for it carry. */
public final class MicrosoftGraph {

    /** Graph's application id, the same in every tenant. */
    public static final String APP_ID = "00000003-0000-0000-c000-000000000000";

    public static final String RESOURCE = "https://graph.microsoft.com";

    /**
     * What a token's {@code aud} may be, and what a v1 {@code resource} or a v2 scope may
     * name.
     */
    public static final Set<String> AUDIENCES = Set.of(RESOURCE, APP_ID);

    private MicrosoftGraph() {
    }

}
