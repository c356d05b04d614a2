package lv.pmlp.iaiar.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

class BearerTokensTest {

    private static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ2cnMub2ZmaWNlciJ9.c2ln-_~+/";

    private final BearerTokens tokens = new BearerTokens();
    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Test
    void theTokenAfterTheBearerSchemeIsReturned() {
        assertThat(tokens.resolve(request("Bearer " + JWT))).isEqualTo(JWT);
    }

    @Test
    void theSchemeIsMatchedInAnyCase() {
        assertThat(tokens.resolve(request("bEARER " + JWT))).isEqualTo(JWT);
    }

    @Test
    void paddingMayFollowTheToken() {
        assertThat(tokens.resolve(request("Bearer abc=="))).isEqualTo("abc==");
    }

    @Test
    void aRequestWithoutABearerHeaderHasNoToken() {
        assertThat(tokens.resolve(new MockHttpServletRequest())).isNull();
        assertThat(tokens.resolve(request("Basic dnJzLm9mZmljZXI6ZGV2"))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer  abc", "Bearer abc def", "Bearer a=b", "Bearer ==", "Bearer\tabc",
            "Bearer abc\u00e9", "Bearerabc", "Bearer abc "})
    void aMalformedBearerHeaderIsRefusedAsSpringsResolverRefusesIt(String header) {
        assertThatThrownBy(() -> spring.resolve(request(header))).isInstanceOf(OAuth2AuthenticationException.class);
        assertThatThrownBy(() -> tokens.resolve(request(header))).isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("malformed");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer " + JWT, "bearer abc==", "BEARER x", "Basic abc", "Digest x", "Bear abc"})
    void aWellFormedHeaderResolvesAsWithSpringsResolver(String header) {
        assertThat(tokens.resolve(request(header))).isEqualTo(spring.resolve(request(header)));
    }

    private static MockHttpServletRequest request(String authorization) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addHeader("Authorization", authorization);
        return request;
    }
}
