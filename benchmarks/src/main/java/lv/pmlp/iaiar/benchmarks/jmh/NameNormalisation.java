package lv.pmlp.iaiar.benchmarks.jmh;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import lv.pmlp.iaiar.events.person.PersonName;
import lv.pmlp.iaiar.events.person.ForeignerRegisteredEvent;
import lv.pmlp.iaiar.projections.search.names.NameKeys;
import lv.pmlp.iaiar.projections.search.names.NameNormaliser;
import lv.pmlp.iaiar.projections.search.names.NameToken;

/**
 * Name normalisation for search: the keys of one person's names in all their recorded forms (what indexing a
 * person computes), and the tokens of one typed search word (what every search request computes). Names come
 * from the synthetic population: Cyrillic, Georgian, Chinese, Arabic, Devanagari, Sinhala, Latin with diacritics.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NameNormalisation {

    private static final int PERSONS = 512;

    private final List<List<String>> personNames = new ArrayList<>();
    private final List<String> words = new ArrayList<>();
    private int next;

    @Setup
    public void setUp() {
        for (ForeignerRegisteredEvent registered : Population.registrations(PERSONS)) {
            List<String> texts = new ArrayList<>();
            for (PersonName name : new PersonName[] {registered.names().original(), registered.names().latin(),
                    registered.names().latvian()}) {
                if (name != null) {
                    texts.add(name.surname());
                    if (name.givenNames() != null) {
                        texts.add(name.givenNames());
                    }
                }
            }
            personNames.add(texts);
            words.add(texts.get(0));
        }
    }

    private int nextIndex() {
        next = (next + 1) % PERSONS;
        return next;
    }

    @Benchmark
    public NameKeys keysOfOnePersonsNames() {
        return NameNormaliser.keys(personNames.get(nextIndex()));
    }

    @Benchmark
    public List<NameToken> tokensOfOneSearchWord() {
        return NameNormaliser.tokens(words.get(nextIndex()));
    }
}
