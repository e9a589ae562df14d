package org.govpurchase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The platform: one jar that runs all-in-one (default), as {@code engine} or as {@code workers}. */
@SpringBootApplication
public class PlatformApplication {

  public static void main(String[] args) {
    SpringApplication.run(PlatformApplication.class, args);
  }
}
