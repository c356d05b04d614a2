package lv.pmlp.iaiar.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Instant;
import java.time.LocalDate;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import lv.pmlp.iaiar.command.returncase.ServeDecisionCommand;
import lv.pmlp.iaiar.command.rules.RefusalDetails;
import lv.pmlp.iaiar.events.Actor;
import lv.pmlp.iaiar.events.Institution;
import lv.pmlp.iaiar.events.Role;

/** Refusals leave the command bus in the portable form Axon Server can carry, whichever bus is in use. */
@RegisterApiTest
class CommandBusWiringTest {

    @Autowired
    CommandGateway commands;

    @Test
    void aRefusedCommandFailsWithRefusalDetails() {
        Throwable failure = catchThrowable(() -> commands.sendAndWait(new ServeDecisionCommand("no-such-case", null, "d", LocalDate.now(),
                "ru", false, new Actor("vrs.officer", Institution.VRS, "VRS", Role.OFFICER), Instant.now())));

        assertThat(failure).isInstanceOf(CommandExecutionException.class);
        assertThat(((CommandExecutionException) failure).getDetails())
                .hasValueSatisfying(d -> assertThat(d).isInstanceOf(RefusalDetails.class)
                        .extracting("rule").isEqualTo("RETURN_CASE_NOT_FOUND"));
    }
}
