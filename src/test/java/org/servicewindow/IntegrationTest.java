package org.servicewindow;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The whole application on its own test database (see {@link TestDatabase}), with the demo accounts
 * and a movable clock; every integration test class shares this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "sw.notification.poll-enabled=false")
@AutoConfigureMockMvc
@Import(TestSupport.class)
public @interface IntegrationTest {}
