package lv.pmlp.iaiar.api.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import lv.pmlp.iaiar.api.web.CommandExecutor.Outcome;
import lv.pmlp.iaiar.command.person.AmendPersonDataCommand;
import lv.pmlp.iaiar.command.person.DetainForeignerCommand;
import lv.pmlp.iaiar.command.person.ExtendDetentionCommand;
import lv.pmlp.iaiar.command.person.RecordIdentityDocumentCommand;
import lv.pmlp.iaiar.command.person.RegisterForeignerCommand;
import lv.pmlp.iaiar.command.person.ReleaseFromDetentionCommand;
import lv.pmlp.iaiar.events.person.SubjectCategory;

/** Foreigners, their documents and their detentions. */
@RestController
@RequestMapping("/api/v1/persons")
@Tag(name = "Persons and detentions")
class PersonController {

    private static final String ID = PersonRequests.ID;

    private final CommandExecutor commands;
    private final Clock clock;

    PersonController(CommandExecutor commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    @PostMapping
    @Operation(summary = "Register a foreigner (RegisterForeigner)")
    ResponseEntity<Object> register(HttpServletRequest request, @Valid @RequestBody PersonRequests.RegisterForeigner body) {
        return commands.execute(request, body, Outcome.created(id -> "/api/v1/persons/" + id), c -> new RegisterForeignerCommand(
                c.ids().newId("person"), body.names().toNames(), body.dateOfBirth(), body.sex(),
                body.citizenships() == null ? Set.of() : body.citizenships(), body.stateless(),
                body.subjectCategory() == null ? SubjectCategory.THIRD_COUNTRY_NATIONAL : body.subjectCategory(),
                body.documents() == null ? List.of() : body.documents().stream().map(PersonRequests.Document::toDocument).toList(),
                c.actor(), orNow(body.registeredAt())));
    }

    @PostMapping("/{personId}/amendments")
    @Operation(summary = "Amend a person's identity data (AmendPersonData)")
    ResponseEntity<Object> amend(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String personId,
                                 @Valid @RequestBody PersonRequests.AmendPersonData body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new AmendPersonDataCommand(personId,
                c.expectedVersion(), body.names() == null ? null : body.names().toNames(), body.dateOfBirth(), body.sex(),
                body.citizenships(), body.stateless(), body.reason(), c.actor(), clock.instant()));
    }

    @PostMapping("/{personId}/identity-documents")
    @Operation(summary = "Record an identity document (RecordIdentityDocument)")
    ResponseEntity<Object> recordDocument(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String personId,
                                          @Valid @RequestBody PersonRequests.Document body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new RecordIdentityDocumentCommand(personId,
                c.expectedVersion(), body.toDocument(), c.actor(), clock.instant()));
    }

    @PostMapping("/{personId}/detentions")
    @Operation(summary = "Detain a foreigner (DetainForeigner, VRS only)")
    ResponseEntity<Object> detain(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String personId,
                                  @Valid @RequestBody PersonRequests.DetainForeigner body) {
        return commands.execute(request, body, Outcome.created(id -> "/api/v1/persons/" + personId + "/detentions/" + id),
                c -> new DetainForeignerCommand(personId, c.expectedVersion(), c.ids().newId("detention"),
                        body.returnCaseId(), body.legalBasis(), body.place(), body.authorisedUntil(), c.actor(),
                        body.detainedAt()));
    }

    @PostMapping("/{personId}/detentions/{detentionId}/extensions")
    @Operation(summary = "Extend a detention (ExtendDetention, VRS only)")
    ResponseEntity<Object> extend(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String personId,
                                  @PathVariable @Pattern(regexp = ID) String detentionId,
                                  @Valid @RequestBody PersonRequests.ExtendDetention body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new ExtendDetentionCommand(personId,
                c.expectedVersion(), detentionId, body.authorisedUntil(), body.courtReference(), body.legalBasis(),
                c.actor(), orNow(body.extendedAt())));
    }

    @PostMapping("/{personId}/detentions/{detentionId}/release")
    @Operation(summary = "Release from detention (ReleaseFromDetention, VRS only)")
    ResponseEntity<Object> release(HttpServletRequest request, @PathVariable @Pattern(regexp = ID) String personId,
                                   @PathVariable @Pattern(regexp = ID) String detentionId,
                                   @Valid @RequestBody PersonRequests.ReleaseFromDetention body) {
        return commands.execute(request, body, Outcome.noContent(), c -> new ReleaseFromDetentionCommand(personId,
                c.expectedVersion(), detentionId, body.reason(), body.note(), c.actor(), body.releasedAt()));
    }

    private Instant orNow(Instant instant) {
        return instant != null ? instant : clock.instant();
    }
}
