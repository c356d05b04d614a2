package lv.pmlp.iaiar.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import lv.pmlp.iaiar.command.person.RecordIdentityDocumentCommand;
import lv.pmlp.iaiar.command.returncase.ServeDecisionCommand;

class RuleViolationsTest {

    SimpleCommandBus bus = SimpleCommandBus.builder().build();
    CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus).build();

    @BeforeEach
    void interceptRefusals() {
        bus.registerHandlerInterceptor(new RuleViolations());
    }

    @Test
    void aRuleViolationCrossesTheBusAsDetailsThatSurviveSerialisation() {
        bus.subscribe(String.class.getName(), command -> {
            throw Rule.ENTRY_BAN_EXCEEDS_MAXIMUM.violation("P4Y is too long");
        });

        Throwable failure = catchThrowable(() -> gateway.sendAndWait("impose"));

        assertThat(failure).isInstanceOf(CommandExecutionException.class);
        assertThat(((CommandExecutionException) failure).getDetails()).contains(
                new RefusalDetails("ENTRY_BAN_EXCEEDS_MAXIMUM", "P4Y is too long"));
        assertThat(RuleViolations.unwrap(failure)).hasValueSatisfying(v -> {
            assertThat(v.rule()).isEqualTo(Rule.ENTRY_BAN_EXCEEDS_MAXIMUM);
            assertThat(v.getMessage()).isEqualTo("P4Y is too long");
        });
    }

    @Test
    void aMissingPersonIsReportedAsPersonNotFound() {
        bus.subscribe(RecordIdentityDocumentCommand.class.getName(), command -> {
            throw new AggregateNotFoundException("p-1", "not found");
        });

        Throwable failure = catchThrowable(() -> gateway.sendAndWait(
                new RecordIdentityDocumentCommand("p-1", null, null, null, null)));

        assertThat(RuleViolations.unwrap(failure)).hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(Rule.PERSON_NOT_FOUND));
    }

    @Test
    void aMissingCaseIsReportedAsReturnCaseNotFound() {
        bus.subscribe(ServeDecisionCommand.class.getName(), command -> {
            throw new AggregateNotFoundException("c-1", "not found");
        });

        Throwable failure = catchThrowable(() -> gateway.sendAndWait(
                new ServeDecisionCommand("c-1", null, "d-1", null, "ru", false, null, null)));

        assertThat(RuleViolations.unwrap(failure)).hasValueSatisfying(v -> assertThat(v.rule()).isEqualTo(Rule.RETURN_CASE_NOT_FOUND));
    }

    @Test
    void otherFailuresAreNotMistakenForRefusals() {
        bus.subscribe(String.class.getName(), command -> {
            throw new IllegalStateException("disk full");
        });

        Throwable failure = catchThrowable(() -> gateway.sendAndWait("impose"));

        assertThat(RuleViolations.unwrap(failure)).isEmpty();
    }
}
