package org.govpurchase.testing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.govpurchase.PlatformApplication;

/**
 * The platform's and the workers' compiled classes, no test classes, for architecture tests. It
 * imports the main output folder itself: with {@code -DbuildDir=/tmp/b1} the test classes are not
 * under target/test-classes, the only place DO_NOT_INCLUDE_TESTS knows to leave out.
 */
public final class MainClasses {

  private MainClasses() {
  }

  public static JavaClasses imported() {
    return new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPath(folder());
  }

  static Path folder() {
    try {
      return Path.of(PlatformApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
