package lv.pmlp.iaiar.query.boards;

import java.util.List;

public record DetainedPersonsPage(List<DetainedPerson> items, int page, int size, long total) {
}
