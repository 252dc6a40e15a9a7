package org.servicewindow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ServiceWindowApplication {
  public static void main(String[] args) {
    SpringApplication.run(ServiceWindowApplication.class, args);
  }
}
