package lv.pmlp.iaiar.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import lv.pmlp.iaiar.api.config.CommandSideProperties;
import lv.pmlp.iaiar.events.Institution;

class CaseNumbersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":"
            + server.getLocalAddress().getPort());
    private final MongoTemplate mongo = new MongoTemplate(client, "numbers");

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void aNodeGivesOutItsBlockInOrderAndReservesTheNextWhenItRunsOut() {
        CaseNumbers numbers = node(2);

        List<String> given = List.of(numbers.allocate(Institution.VRS, DAY), numbers.allocate(Institution.VRS, DAY),
                numbers.allocate(Institution.VRS, DAY));

        assertThat(given).containsExactly("VRS-2026-000001", "VRS-2026-000002", "VRS-2026-000003");
        assertThat(numbers.taken()).containsEntry("VRS-2026", 4L);
    }

    @Test
    void eachInstitutionAndYearCountsOnItsOwn() {
        CaseNumbers numbers = node(20);

        assertThat(numbers.allocate(Institution.VRS, DAY)).isEqualTo("VRS-2026-000001");
        assertThat(numbers.allocate(Institution.PMLP, DAY)).isEqualTo("PMLP-2026-000001");
        assertThat(numbers.allocate(Institution.VRS, DAY.plusYears(1))).isEqualTo("VRS-2027-000001");
    }

    @Test
    void twoNodesOnOneStoreNeverGiveOutTheSameNumber() {
        CaseNumbers first = node(3);
        CaseNumbers second = node(3);
        List<String> given = new ArrayList<>();

        for (int i = 0; i < 10; i++) {
            given.add(first.allocate(Institution.PMLP, DAY));
            given.add(second.allocate(Institution.PMLP, DAY));
        }

        assertThat(given).doesNotHaveDuplicates().hasSize(20);
    }

    @Test
    void aStoppingNodeHandsBackWhatItDidNotGiveOut() {
        CaseNumbers stopping = node(20);
        stopping.allocate(Institution.VRS, DAY);
        stopping.allocate(Institution.VRS, DAY);

        stopping.destroy();

        assertThat(node(20).allocate(Institution.VRS, DAY)).isEqualTo("VRS-2026-000003");
    }

    @Test
    void numbersAnotherNodeReservedAfterwardsAreNotHandedBackOver() {
        CaseNumbers stopping = node(20);
        CaseNumbers other = node(20);
        stopping.allocate(Institution.VRS, DAY);
        other.allocate(Institution.VRS, DAY);

        stopping.destroy();

        assertThat(other.allocate(Institution.VRS, DAY)).isEqualTo("VRS-2026-000022");
        assertThat(node(20).allocate(Institution.VRS, DAY)).isEqualTo("VRS-2026-000041");
    }

    @Test
    void casesOpenedAfterALoadContinueAfterTheLoadedNumbers() {
        CaseNumbers numbers = node(20);
        numbers.allocate(Institution.VRS, DAY);

        numbers.reserveThrough("VRS-2026", 500);

        assertThat(numbers.allocate(Institution.VRS, DAY)).isEqualTo("VRS-2026-000501");
    }

    private CaseNumbers node(int block) {
        return new CaseNumbers(mongo, new CommandSideProperties(5_000, block));
    }
}
