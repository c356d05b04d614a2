package lv.pmlp.iaiar.command.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates are Latvian calendar days; this turns them into instants and back. */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/Riga");

    private BusinessCalendar() {
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZONE).toInstant();
    }

    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }
}
