package lv.pmlp.iaiar.projections.casefile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import lv.pmlp.iaiar.events.person.ReleaseReason;

/** One detention in a case file. Open while {@code releasedAt} is null. */
public record DetentionView(
        String detentionId,
        String returnCaseId,
        String legalBasis,
        String place,
        Instant detainedAt,
        LocalDate authorisedUntil,
        List<ExtensionView> extensions,
        Instant releasedAt,
        ReleaseReason releaseReason) {

    public boolean isOpen() {
        return releasedAt == null;
    }

    /** One court or authority extension of a detention. */
    public record ExtensionView(LocalDate previouslyAuthorisedUntil, LocalDate authorisedUntil, String courtReference,
                                Instant extendedAt) {
    }

    DetentionView extended(ExtensionView extension) {
        List<ExtensionView> all = new java.util.ArrayList<>(extensions);
        all.add(extension);
        return new DetentionView(detentionId, returnCaseId, legalBasis, place, detainedAt, extension.authorisedUntil(),
                List.copyOf(all), releasedAt, releaseReason);
    }

    DetentionView released(Instant at, ReleaseReason reason) {
        return new DetentionView(detentionId, returnCaseId, legalBasis, place, detainedAt, authorisedUntil, extensions, at, reason);
    }
}
