package lv.pmlp.iaiar.query.casefile;

import java.util.List;

public record PersonsDueForErasure(List<String> personIds) {
}
