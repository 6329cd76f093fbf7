package org.budgetwatch.projection;

import java.io.IOException;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.budgetwatch.projection.readmodel.ReadModel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;

/** Tables, reports and rejections into the read model, one consumer binding per topic. */
@Configuration(proxyBeanMethods = false)
class ProjectionBindings {

    @Bean(destroyMethod = "close")
    ReadModel readModel(ProjectionSettings settings) throws IOException {
        Files.createDirectories(settings.indexDir());
        return new ReadModel(settings.indexDir());
    }

    @Bean
    Consumer<Message<Object>> projectTables(ReadModel readModel) {
        return message -> project(readModel, message);
    }

    @Bean
    Consumer<Message<Object>> projectReports(ReadModel readModel) {
        return message -> project(readModel, message);
    }

    @Bean
    Consumer<Message<Object>> projectRejections(ReadModel readModel) {
        return message -> project(readModel, message);
    }

    private static void project(ReadModel readModel, Message<Object> message) {
        String documentId = (String) message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        readModel.project(documentId, message.getPayload());
    }
}
