package org.ccbench.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.spring.VaadinServletContextInitializer;
import java.lang.reflect.Field;
import java.util.Map;
import org.ccbench.security.login.SignInPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;

/**
 * A started portal (a real servlet container, so Vaadin has scanned its views) no longer holds the class metadata the
 * scan read. Reads Vaadin's and Spring's private fields: this is about memory that no public method shows. Shares
 * {@code SignInProtectionHttpTest}'s portal.
 */
@SignInPortalTest
class ScanMetadataReleaseTest {

    @Autowired
    VaadinServletContextInitializer initializer;

    @Test
    void theStartedPortalKeepsNoClassMetadataFromVaadinsScan() throws Exception {
        CachingMetadataReaderFactory factory = (CachingMetadataReaderFactory) field(initializer,
                VaadinServletContextInitializer.class, "metadataReaderFactory");

        Map<?, ?> cache = (Map<?, ?>) field(factory, CachingMetadataReaderFactory.class, "metadataReaderCache");

        assertThat(cache.size()).as("classes still cached").isZero();
    }

    @Test
    void theScanReadClassesIntoTheCacheThatTheReleaseEmpties() throws Exception {
        CachingMetadataReaderFactory factory = (CachingMetadataReaderFactory) field(initializer,
                VaadinServletContextInitializer.class, "metadataReaderFactory");
        factory.getMetadataReader(MainLayout.class.getName());
        Map<?, ?> cache = (Map<?, ?>) field(factory, CachingMetadataReaderFactory.class, "metadataReaderCache");
        assertThat(cache.size()).isPositive();

        assertThat(ScanMetadataRelease.release(initializer)).isTrue();

        assertThat(((Map<?, ?>) field(factory, CachingMetadataReaderFactory.class, "metadataReaderCache")).size())
                .isZero();
    }

    private static Object field(Object owner, Class<?> type, String name) throws ReflectiveOperationException {
        Field field = type.getDeclaredField(name);
        field.setAccessible(true);
        return field.get(owner);
    }
}
