package lv.pmlp.iaiar.command.rules;

import java.util.Optional;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.AggregateNotFoundException;

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
            throw portable(violation);
        } catch (AggregateNotFoundException missing) {
            Class<?> command = unitOfWork.getMessage().getPayloadType();
            Rule rule = command.getPackageName().endsWith(".person") ? Rule.PERSON_NOT_FOUND : Rule.RETURN_CASE_NOT_FOUND;
            throw portable(rule.violation("No " + (rule == Rule.PERSON_NOT_FOUND ? "person " : "return case ")
                    + missing.getAggregateIdentifier()));
        }
    }

    private static CommandExecutionException portable(RuleViolation violation) {
        return new CommandExecutionException(violation.getMessage(), null,
                new RefusalDetails(violation.rule().name(), violation.getMessage()));
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
