package dev.b2cemulator.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GraphPathsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = { "/beta/trustFramework/keySets/|/beta/trustFramework/keySets",
            "/beta/trustFramework/keySets('B2C_1A_x')|/beta/trustFramework/keySets/B2C_1A_x",
            "/beta/trustFramework/keySets(%27B2C_1A_x%27)/generateKey|/beta/trustFramework/keySets/B2C_1A_x/generateKey",
            "/beta/trustFramework/keySets/B2C_1A_x/microsoft.graph.generateKey|/beta/trustFramework/keySets/B2C_1A_x/generateKey",
            "/beta/trustFramework/keySets/B2C_1A_x/getActiveKey()|/beta/trustFramework/keySets/B2C_1A_x/getActiveKey",
            "/beta/trustFramework/keySets/B2C_1A_x/Microsoft.Graph.getActiveKey()|/beta/trustFramework/keySets/B2C_1A_x/getActiveKey",
            "/beta/trustFramework/keySets('B2C_1A_x')/keys_v2('abc')|/beta/trustFramework/keySets/B2C_1A_x/keys_v2/abc",
            "/beta/trustFramework/keySets('it''s')|/beta/trustFramework/keySets/it's",
            "/beta/trustFramework/keySets/B2C_1A_x.bak|/beta/trustFramework/keySets/B2C_1A_x.bak",
            "/beta/trustFramework/keySets/$count|/beta/trustFramework/keySets/$count",
            "/beta/trustFramework/keySets/B2C_1A_x/MICROSOFT.GRAPH.getActiveKey|/beta/trustFramework/keySets/B2C_1A_x/getActiveKey",
            "/beta/Microsoft.Graph.trustFramework/keySets|/beta/trustFramework/keySets" })
    void everySpellingHasOneCanonicalForm(String path, String canonical) {
        assertThat(GraphPaths.canonical(path)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({ "/beta/trustFramework/keySets", "/beta/trustFramework/keySets/B2C_1A_x.bak/generateKey",
            "/beta//trustFramework" })
    void aPathWithNothingToRewriteIsReturnedAsItIs(String path) {
        assertThat(GraphPaths.canonical(path)).isSameAs(path);
    }

    @ParameterizedTest
    @CsvSource({ "/beta/x, true", "/BETA/x, true", "/beta, true", "/betamax, false",
            "/tenant/oauth2/v2.0/token, false" })
    void onlyGraphPathsAreRewritten(String path, boolean graph) {
        assertThat(GraphPaths.isGraph(path)).isEqualTo(graph);
    }

    @Test
    void underIsTheCollectionOrBelowItInAnyCaseAndEitherSpellingOfAnId() {
        assertThat(GraphPaths.under("/beta/trustFramework/policies", GraphPaths.POLICIES)).isTrue();
        assertThat(GraphPaths.under("/BETA/trustframework/POLICIES/B2C_1A_x/$value", GraphPaths.POLICIES)).isTrue();
        assertThat(GraphPaths.under("/beta/trustFramework/policies('B2C_1A_x')", GraphPaths.POLICIES)).isTrue();
        assertThat(GraphPaths.under("/beta/trustFramework/policiesX", GraphPaths.POLICIES)).isFalse();
        assertThat(GraphPaths.under("/beta/trustFramework/keySets/B2C_1A_x", GraphPaths.POLICIES)).isFalse();
    }

}
