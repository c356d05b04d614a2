package lv.pmlp.iaiar.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.web.firewall.RequestRejectedException;

class HeaderCharactersTest {

    /** StrictHttpFirewall's own expression, which {@link HeaderCharacters} replaces. */
    private static final Pattern SPRING = Pattern.compile("[\\p{IsAssigned}&&[^\\p{IsControl}]]*");

    @Test
    void agreesWithTheFirewallsExpressionOnRandomStrings() {
        Random random = new Random(20261202);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder value = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) {
                // mostly the control, Latin-1 and surrogate ranges, where the two could disagree
                int codePoint = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x100);
                    case 1 -> 0xD800 + random.nextInt(0x800);
                    case 2 -> random.nextInt(0x110000);
                    default -> 0x20 + random.nextInt(0x5F);
                };
                value.appendCodePoint(codePoint);
            }
            String s = value.toString();
            assertThat(HeaderCharacters.ALLOWED.test(s)).as("%s", s.codePoints().boxed().toList())
                    .isEqualTo(SPRING.matcher(s).matches());
        }
    }

    @Test
    void aJwtAndAccentedTextAreAllowed() {
        assertThat(HeaderCharacters.ALLOWED.test("Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln")).isTrue();
        assertThat(HeaderCharacters.ALLOWED.test("Bērziņa")).isTrue();
    }

    @Test
    void theRegistersFirewallRefusesAHeaderValueWithAControlCharacter() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/persons");
        request.addHeader("X-Note", "line\u0085break");
        var firewalled = SecurityConfig.strictFirewall().getFirewalledRequest(request);

        assertThatThrownBy(() -> firewalled.getHeader("X-Note")).isInstanceOf(RequestRejectedException.class);
    }

    @Test
    void theRegistersFirewallRefusesAnUnassignedCharacterInAHeaderName() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/persons");
        request.addHeader("X-\u0378", "x");
        var firewalled = SecurityConfig.strictFirewall().getFirewalledRequest(request);

        assertThatThrownBy(() -> firewalled.getHeaderNames().nextElement()).isInstanceOf(RequestRejectedException.class);
    }
}
