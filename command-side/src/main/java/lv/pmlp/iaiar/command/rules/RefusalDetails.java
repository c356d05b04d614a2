package lv.pmlp.iaiar.command.rules;

/** The part of a refusal that crosses a distributed command bus (Axon Server keeps only message and details). */
public record RefusalDetails(String rule, String detail) {
}
