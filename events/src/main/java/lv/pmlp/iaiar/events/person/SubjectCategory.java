package lv.pmlp.iaiar.events.person;

/** Which legal regime applies to the person (Return Directive Art 2(3); domain brief H2). */
public enum SubjectCategory {
    THIRD_COUNTRY_NATIONAL,
    UNION_CITIZEN,
    UNION_CITIZEN_FAMILY_MEMBER
}
