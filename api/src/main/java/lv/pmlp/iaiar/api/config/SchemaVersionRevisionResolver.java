package lv.pmlp.iaiar.api.config;

import org.axonframework.serialization.RevisionResolver;

import lv.pmlp.iaiar.events.SchemaVersion;

/** Records each event's {@link SchemaVersion} as its revision in the store, so upcasters can match on it. */
class SchemaVersionRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        SchemaVersion version = payloadType.getAnnotation(SchemaVersion.class);
        return version == null ? null : version.value();
    }
}
