package lv.pmlp.iaiar.events;

import java.time.Instant;

/**
 * What every fact in the register states besides its content: who recorded it and when it happened in the
 * world ({@code occurredAt}, business time). The recording time is the log's own timestamp.
 */
public interface RegisterEvent {

    Actor actor();

    Instant occurredAt();
}
