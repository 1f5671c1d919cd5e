package nl.opgroeiruimte.casefile.infra.documents;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * Multipart uploads, for documents only (Spring's own multipart setup stays off): parts up to the document
 * limit, parsed when the upload endpoint asks for them, so no other request has its body read as parts.
 */
@Configuration(proxyBeanMethods = false)
public class DocumentsConfig {

    @Bean
    MultipartConfigElement multipartConfigElement(DocumentsProperties documents) {
        // bigger parts go to a temporary file while the request is read, not to the heap
        return new MultipartConfigElement("", documents.maxSize().toBytes(), documents.maxRequestBytes(), 1024 * 1024);
    }

    @Bean
    MultipartResolver multipartResolver() {
        StandardServletMultipartResolver resolver = new StandardServletMultipartResolver();
        resolver.setResolveLazily(true);
        return resolver;
    }
}
