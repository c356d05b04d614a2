package lv.pmlp.iaiar.api.synthetic;

import java.util.List;

/**
 * Everything that happens to one generated person, as the commands the register would receive, in order.
 *
 * @param index          the person's position in the population; with the seed it determines the scenario
 * @param commands       command records from command-side, to be sent one after the other
 * @param expectedEvents how many events the aggregates record for these commands (timers' events not included)
 */
public record Scenario(int index, String personId, List<Object> commands, int expectedEvents) {

    public Scenario {
        commands = List.copyOf(commands);
    }
}
