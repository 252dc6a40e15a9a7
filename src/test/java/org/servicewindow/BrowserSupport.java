package org.servicewindow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Debian Chromium for the browser tests; they are skipped where it is not installed (a bare
 * machine runs {@code mvn verify} without it, CI installs it). Screenshots go to target/screenshots.
 */
public final class BrowserSupport {

  public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  public static final Path SCREENSHOTS = Path.of("target/screenshots");
  public static final Dimension DESKTOP = new Dimension(1366, 768);
  public static final Dimension PHONE = new Dimension(390, 844);

  private BrowserSupport() {}

  public static boolean available() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  /**
   * Starts Chromium; a start that hangs (seen on a machine busy with other browsers) is abandoned after a
   * minute and tried once more, so a stuck browser fails the test instead of the whole build timing out.
   */
  public static ChromeDriver start() {
    for (int attempt = 1; ; attempt++) {
      java.util.concurrent.ExecutorService starter = java.util.concurrent.Executors.newSingleThreadExecutor();
      java.util.concurrent.Future<ChromeDriver> driver = starter.submit(BrowserSupport::startOnce);
      try {
        return driver.get(60, java.util.concurrent.TimeUnit.SECONDS);
      } catch (java.util.concurrent.TimeoutException e) {
        driver.cancel(true);
        if (attempt == 2) {
          throw new IllegalStateException("Chromium did not start within a minute, twice", e);
        }
      } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
        throw new IllegalStateException("Chromium did not start", e);
      } finally {
        starter.shutdownNow();
      }
    }
  }

  private static ChromeDriver startOnce() {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--lang=zh-CN", "--window-size=1366,768");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().window().setSize(DESKTOP);
    return driver;
  }

  /** Saves a screenshot as target/screenshots/{name}.png. */
  public static Path screenshot(ChromeDriver driver, String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Console errors since the last call (a CSP violation or a script error shows up here). */
  public static List<String> consoleErrors(ChromeDriver driver) {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .filter(m -> !m.contains("favicon"))
        .toList();
  }

  /** Whether the page is wider than the window (content cut off or a sideways scroll on a phone). */
  public static boolean overflowsHorizontally(ChromeDriver driver) {
    Object result = driver.executeScript(
        "return document.documentElement.scrollWidth > document.documentElement.clientWidth + 1;");
    return Boolean.TRUE.equals(result);
  }
}
