package lv.pmlp.iaiar.api.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import lv.pmlp.iaiar.projections.search.PersonSearchIndex;

/**
 * The search server: the node at {@code register.elasticsearch.url}, or, when that is empty and
 * {@code register.embedded-elasticsearch.enabled} is set (the embedded default), one the application starts
 * itself. Nothing here contacts the server at start-up: the projection creates the index on its first write and
 * retries while the server is away, so the application starts without Elasticsearch.
 */
@Configuration(proxyBeanMethods = false)
class ElasticsearchConfig {

    /** Spring stops the node (destroyMethod) after the event processors have stopped writing to it. */
    @Bean(destroyMethod = "close")
    @ConditionalOnExpression("'${register.elasticsearch.url:}'.isBlank() and ${register.embedded-elasticsearch.enabled:false}")
    EmbeddedElasticsearch embeddedElasticsearch(RegisterProperties properties) {
        RegisterProperties.EmbeddedElasticsearchSettings embedded = properties.embeddedElasticsearch();
        return EmbeddedElasticsearch.start(new EmbeddedElasticsearch.Settings(home(embedded.home()),
                properties.dataDirectory().resolve("elasticsearch"), embedded.heap(), embedded.startTimeout(),
                Duration.ofSeconds(15), false));
    }

    /** The configured home is relative to the repository root (bin/run); from the api module (tests) drop "api/". */
    private static Path home(Path configured) {
        if (configured == null) {
            throw new IllegalStateException("register.embedded-elasticsearch.home is not set");
        }
        if (!Files.isDirectory(configured) && !configured.isAbsolute() && configured.startsWith("api")) {
            Path fromModule = configured.subpath(1, configured.getNameCount());
            if (Files.isDirectory(fromModule)) {
                return fromModule;
            }
        }
        return configured;
    }

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(RegisterProperties properties, ObjectProvider<EmbeddedElasticsearch> embedded) {
        String url = properties.elasticsearch().hasUrl()
                ? properties.elasticsearch().url()
                : embedded.getIfAvailable(() -> {
                    throw new IllegalStateException("No Elasticsearch: set register.elasticsearch.url, or "
                            + "register.embedded-elasticsearch.enabled=true to start one");
                }).url();
        return RestClient.builder(HttpHost.create(url)).build();
    }

    @Bean
    RestClientTransport elasticsearchTransport(RestClient restClient) {
        return new RestClientTransport(restClient, PersonSearchIndex.jsonpMapper());
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClientTransport transport) {
        return new ElasticsearchClient(transport);
    }

    @Bean
    PersonSearchIndex personSearchIndex(ElasticsearchClient client, RegisterProperties properties) {
        return new PersonSearchIndex(client, properties.elasticsearch().index());
    }
}
