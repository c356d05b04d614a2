package lv.pmlp.iaiar.projections.statistics;

import java.time.LocalDate;
import java.time.Period;
import java.util.Set;

import lv.pmlp.iaiar.events.person.Sex;
import lv.pmlp.iaiar.events.person.SubjectCategory;
import lv.pmlp.iaiar.events.returncase.ReturnAssistance;

/** Eurostat EIL code lists (standards.md §1.3) and the register's mapping onto them. */
public final class EilCodes {

    public static final String TOTAL = "TOTAL";
    public static final String UNKNOWN = "UNK";
    public static final String STATELESS = "STLS";
    public static final String SEX_TOTAL = "T";
    public static final String MINORS = "Y_LT18";
    public static final String ENFORCED = "ENFORCE";
    public static final String VOLUNTARY = "VOLUNT";
    public static final String ALL_RETURNS = "TOT_RET";

    /** EU, EEA and Swiss citizens are outside the EIL tables; Eurostat writes Greece as EL, ISO as GR. */
    public static final Set<String> EU_EEA_CH = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "EL", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "IS", "LI", "NO", "CH");

    private EilCodes() {
    }

    /**
     * One citizenship per person: stateless is {@code STLS}, none recorded is {@code UNK}; of several, the first
     * third-country one in alphabetical order (deterministic; the register records no "main" citizenship).
     */
    public static String citizen(StatisticalProfile.Revision person) {
        if (person.stateless()) {
            return STATELESS;
        }
        return person.citizenships().stream().filter(c -> !EU_EEA_CH.contains(c)).findFirst()
                .or(() -> person.citizenships().stream().findFirst())
                .orElse(UNKNOWN);
    }

    /** Union citizens, their family members and anyone holding an EU/EEA/Swiss citizenship are not counted. */
    public static boolean outsideEil(StatisticalProfile.Revision person) {
        return person.subjectCategory() != SubjectCategory.THIRD_COUNTRY_NATIONAL
                || person.citizenships().stream().anyMatch(EU_EEA_CH::contains);
    }

    public static String sex(Sex sex) {
        if (sex == null) {
            return UNKNOWN;
        }
        return switch (sex) {
            case FEMALE -> "F";
            case MALE -> "M";
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** The age band on the day of the reference event: under 14, 14 to 17, 18 to 34, 35 and over. */
    public static String ageBand(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth == null || dateOfBirth.isAfter(on)) {
            return UNKNOWN;
        }
        int age = Period.between(dateOfBirth, on).getYears();
        if (age < 14) {
            return "Y_LT14";
        }
        if (age < 18) {
            return "Y14-17";
        }
        return age < 35 ? "Y18-34" : "Y_GE35";
    }

    public static final String UAM = "UAM";
    public static final String NOT_UAM = "NOT_UAM";

    /**
     * The UAM breakdown: adults are NOT_UAM whatever was recorded; a minor, or a person of unknown age, is UAM or
     * NOT_UAM as the case records it, and UNK when it records nothing (cases opened before the flag existed).
     */
    public static String uam(String ageBand, Boolean unaccompaniedMinor) {
        if (!minor(ageBand) && !UNKNOWN.equals(ageBand)) {
            return NOT_UAM;
        }
        if (unaccompaniedMinor == null) {
            return UNKNOWN;
        }
        return unaccompaniedMinor ? UAM : NOT_UAM;
    }

    public static boolean minor(String ageBand) {
        return "Y_LT14".equals(ageBand) || "Y14-17".equals(ageBand);
    }

    public static String assistance(ReturnAssistance assistance) {
        if (assistance == null) {
            return UNKNOWN;
        }
        return switch (assistance) {
            case ASSISTED -> "ASSIST";
            case NOT_ASSISTED -> "N_ASSIST";
            case UNKNOWN -> UNKNOWN;
        };
    }

    /** Entry ban length bands for the national figures: up to 1 year, over 1 up to 3 years, over 3 years. */
    public static String banBand(Period duration) {
        if (duration == null) {
            return UNKNOWN;
        }
        long months = duration.toTotalMonths() + (duration.getDays() > 0 ? 1 : 0);
        if (months <= 12) {
            return "Y_LE1";
        }
        return months <= 36 ? "Y1-3" : "Y_GT3";
    }
}
