package lv.pmlp.iaiar.command.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

class LegalLimitsPolicyTest {

    static final LegalLimits LIMITS_2000 = new LegalLimits(LocalDate.of(2000, 1, 1), Period.ofYears(3), 7, 30,
            Period.ofMonths(6), Period.ofMonths(18));
    static final LegalLimits LIMITS_2025 = new LegalLimits(LocalDate.of(2025, 1, 1), Period.ofYears(5), 10, 30,
            Period.ofMonths(2), Period.ofMonths(12));

    // given in reverse order on purpose: the policy orders versions itself
    private final LegalLimitsPolicy policy = new LegalLimitsPolicy(List.of(LIMITS_2025, LIMITS_2000));

    @Test
    void theOlderVersionIsInForceUntilTheDayBeforeTheNewOneStarts() {
        assertThat(policy.inForceOn(LocalDate.of(2024, 12, 31))).isEqualTo(LIMITS_2000);
    }

    @Test
    void aNewVersionIsInForceFromItsEffectiveDay() {
        assertThat(policy.inForceOn(LocalDate.of(2025, 1, 1))).isEqualTo(LIMITS_2025);
    }

    @Test
    void theLatestVersionStaysInForceAfterwards() {
        assertThat(policy.inForceOn(LocalDate.of(2040, 6, 1))).isEqualTo(LIMITS_2025);
    }

    @Test
    void theFirstVersionIsInForceOnItsEffectiveDay() {
        assertThat(policy.inForceOn(LocalDate.of(2000, 1, 1))).isEqualTo(LIMITS_2000);
    }

    @Test
    void aDateBeforeEveryVersionHasNoLegalLimitsInForce() {
        assertThatThrownBy(() -> policy.inForceOn(LocalDate.of(1999, 12, 31)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        violation -> assertThat(violation.rule()).isEqualTo(Rule.NO_LEGAL_LIMITS_IN_FORCE));
    }

    @Test
    void versionsAreListedNewestFirst() {
        assertThat(new LegalLimitsPolicy(List.of(LIMITS_2000, LIMITS_2025)).versions())
                .containsExactly(LIMITS_2025, LIMITS_2000);
    }

    @Test
    void aPolicyWithoutAnyVersionIsRejected() {
        assertThatThrownBy(() -> new LegalLimitsPolicy(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anEntryBanOfExactlyTheMaximumFits() {
        assertThat(LIMITS_2000.allowsEntryBan(Period.ofMonths(36), LocalDate.of(2024, 2, 29))).isTrue();
    }

    @Test
    void anEntryBanOneDayLongerThanTheMaximumDoesNotFit() {
        assertThat(LIMITS_2000.allowsEntryBan(Period.of(3, 0, 1), LocalDate.of(2024, 2, 29))).isFalse();
    }

    @Test
    void theVoluntaryDepartureRangeIncludesBothEnds() {
        assertThat(LIMITS_2000.allowsVoluntaryDeparture(7)).isTrue();
        assertThat(LIMITS_2000.allowsVoluntaryDeparture(30)).isTrue();
        assertThat(LIMITS_2000.allowsVoluntaryDeparture(6)).isFalse();
        assertThat(LIMITS_2000.allowsVoluntaryDeparture(31)).isFalse();
    }

    @Test
    void anEmptyVoluntaryDepartureRangeIsRejected() {
        assertThatThrownBy(() -> new LegalLimits(LocalDate.of(2000, 1, 1), Period.ofYears(3), 30, 7,
                Period.ofMonths(6), Period.ofMonths(18))).isInstanceOf(IllegalArgumentException.class);
    }
}
