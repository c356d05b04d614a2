package lv.pmlp.iaiar.command.rules;

/** A command refused by a named rule. Nothing was written. */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String detail) {
        super(detail == null ? rule.description() : detail);
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }
}
