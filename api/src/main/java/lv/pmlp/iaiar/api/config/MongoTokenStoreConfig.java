package lv.pmlp.iaiar.api.config;

import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Tracking tokens live in MongoDB beside the read models they describe, in every profile: Axon Server keeps
 * no tokens, and a token in another store than its read model could not be reset together with it.
 */
@Configuration(proxyBeanMethods = false)
class MongoTokenStoreConfig {

    @Bean
    TokenStore tokenStore(MongoTemplate springMongo, Serializer serializer) {
        return MongoTokenStore.builder()
                .mongoTemplate(DefaultMongoTemplate.builder()
                        .mongoDatabase(springMongo.getDb())
                        .build())
                .serializer(serializer)
                .build();
    }
}
