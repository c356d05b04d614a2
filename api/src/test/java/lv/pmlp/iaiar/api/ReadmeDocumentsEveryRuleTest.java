package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.api.web.ProblemResponses;
import lv.pmlp.iaiar.command.rules.Rule;

/** Clients rely on the rule codes; the README's table must list each with the status it is answered with. */
class ReadmeDocumentsEveryRuleTest {

    @Test
    void everyRuleCodeIsListedWithItsStatus() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        for (Rule rule : Rule.values()) {
            assertThat(readme).as(rule.name())
                    .contains("| `" + rule.name() + "` | " + ProblemResponses.statusOf(rule.refusal()).value() + " |");
        }
    }
}
