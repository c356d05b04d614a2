package lv.pmlp.iaiar.command.returncase;

import java.util.EnumMap;
import java.util.Map;

import lv.pmlp.iaiar.events.returncase.CorrectableField;

/**
 * What the case remembers of one of its events so that a clerical correction can be checked: its type, the
 * case, decision or appeal it recorded a detail of, and the current (possibly corrected) value of each field
 * that may be corrected.
 */
record RecordedDetails(String eventType, String subjectId, Map<CorrectableField, String> values) {

    RecordedDetails {
        values = values.isEmpty() ? Map.of() : new EnumMap<>(values);
    }

    boolean has(CorrectableField field) {
        return values.containsKey(field);
    }

    RecordedDetails corrected(CorrectableField field, String value) {
        Map<CorrectableField, String> changed = new EnumMap<>(CorrectableField.class);
        changed.putAll(values);
        changed.put(field, value);
        return new RecordedDetails(eventType, subjectId, changed);
    }
}
