package lv.pmlp.iaiar.events.returncase;

import lv.pmlp.iaiar.events.PersonEvent;

/** An event in a return case's stream. */
public interface ReturnCaseEvent extends PersonEvent {

    String caseId();
}
