package lv.pmlp.iaiar.query.bans;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;

import org.axonframework.queryhandling.QueryHandler;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

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
        List<String> persons = query.personId() != null ? List.of(query.personId())
                : mongo.find(Query.query(where("number").is(IdentityDocumentEntry.normalise(query.documentNumber()))),
                        IdentityDocumentEntry.class, IdentityDocumentEntry.COLLECTION)
                .stream().map(IdentityDocumentEntry::personId).distinct().sorted().toList();
        List<EntryBanEntry> bans = persons.isEmpty() ? List.of()
                : mongo.find(Query.query(where("personId").in(persons)).with(Sort.by("startsOn", "banId")),
                        EntryBanEntry.class, EntryBanEntry.COLLECTION);
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
