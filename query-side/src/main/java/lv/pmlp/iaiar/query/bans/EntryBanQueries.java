package lv.pmlp.iaiar.query.bans;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import lv.pmlp.iaiar.projections.bans.BorderCheckEntry;
import lv.pmlp.iaiar.projections.bans.EntryBanEntry;
import lv.pmlp.iaiar.projections.bans.IdentityDocumentEntry;
import lv.pmlp.iaiar.query.PageResponse;
import lv.pmlp.iaiar.query.Paging;

@Component
class EntryBanQueries {

    private final MongoTemplate mongo;

    EntryBanQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @QueryHandler
    EntryBanCheck handle(CheckEntryBanQuery query) {
        // lookups by primary key only: the border check must stay fast on stores that ignore secondary indexes
        List<String> persons;
        if (query.personId() != null) {
            persons = List.of(query.personId());
        } else {
            BorderCheckEntry holders = mongo.findById(BorderCheckEntry.holdersKey(IdentityDocumentEntry.normalise(query.documentNumber())),
                    BorderCheckEntry.class, BorderCheckEntry.COLLECTION);
            persons = holders == null ? List.of() : holders.personIds();
        }
        List<EntryBanEntry> bans = new java.util.ArrayList<>();
        for (String person : persons) {
            BorderCheckEntry ofPerson = mongo.findById(BorderCheckEntry.bansKey(person), BorderCheckEntry.class, BorderCheckEntry.COLLECTION);
            if (ofPerson != null) {
                bans.addAll(ofPerson.bans());
            }
        }
        bans.sort(BorderCheckEntry.BAN_ORDER);
        boolean banned = bans.stream().anyMatch(b -> b.bans(query.on()));
        boolean pending = bans.stream().anyMatch(b -> "PENDING".equals(b.state()));
        return new EntryBanCheck(query.on(), banned, pending, persons, bans);
    }

    @QueryHandler
    ExpiringEntryBansPage handle(FindExpiringEntryBansQuery query) {
        Query bans = Query.query(where("state").is("ACTIVE").and("endsOn").gte(query.today()).lte(query.today().plusDays(query.withinDays())));
        PageResponse<EntryBanEntry> page = Paging.page(mongo, bans, Sort.by("endsOn", "banId"), query.page(), query.size(),
                EntryBanEntry.class, EntryBanEntry.COLLECTION);
        return new ExpiringEntryBansPage(page.items(), page.page(), page.size(), page.total());
    }
}
