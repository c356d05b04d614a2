package lv.pmlp.iaiar.command.returncase;

/** Answers whether a person is registered; a case can only be opened for one who is. */
public interface PersonDirectory {

    boolean isRegistered(String personId);
}
