package lv.pmlp.iaiar.command.rules;

import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * Carries rule violations across the command bus. The interceptor turns a {@link RuleViolation} into a
 * {@link CommandExecutionException} with {@link RefusalDetails}, the form that survives Axon Server;
 * {@link #unwrap(Throwable)} turns either form back into the violation.
 */
public final class RuleViolations implements MessageHandlerInterceptor<CommandMessage<?>> {

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (RuleViolation violation) {
            throw new CommandExecutionException(violation.getMessage(), null,
                    new RefusalDetails(violation.rule().name(), violation.getMessage()));
        }
    }

    public static Optional<RuleViolation> unwrap(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleViolation violation) {
                return Optional.of(violation);
            }
            if (t instanceof CommandExecutionException execution) {
                Optional<RuleViolation> fromDetails = execution.getDetails()
                        .filter(RefusalDetails.class::isInstance)
                        .map(RefusalDetails.class::cast)
                        .map(d -> new RuleViolation(Rule.valueOf(d.rule()), d.detail()));
                if (fromDetails.isPresent()) {
                    return fromDetails;
                }
            }
        }
        return Optional.empty();
    }
}
