package org.servicewindow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The one Chromium of a browser test class, so that no browser test repeats the start, the sign-in, the waits
 * and the screenshots. Register it as {@code @RegisterExtension static final BrowserSession browser = new
 * BrowserSession();} in a {@code RANDOM_PORT} test and keep {@code assumeTrue(BrowserSupport.available(), …)} in
 * the class's {@code @BeforeAll}: Chromium starts on first use (never where that assumption skipped the class),
 * is pointed at the test's server before each test and quits after the class. It is the {@link WebDriver} itself,
 * so tests drive it as before ({@code browser.findElement(…)}).
 */
public final class BrowserSession implements WebDriver, JavascriptExecutor, BeforeEachCallback, AfterAllCallback {

  /** Long enough for a slow page on a busy two-core machine; a wait only takes this long when it fails. */
  static final Duration WAIT = Duration.ofSeconds(30);

  private ChromeDriver driver;
  private String server;
  private String failureShot = "browser-failure";

  /** The running browser, started on first use. */
  public ChromeDriver driver() {
    if (driver == null) {
      driver = BrowserSupport.start();
    }
    return driver;
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    server = "http://localhost:"
        + SpringExtension.getApplicationContext(context).getEnvironment().getRequiredProperty("local.server.port");
    failureShot = context.getRequiredTestClass().getSimpleName() + "-failure";
  }

  @Override
  public void afterAll(ExtensionContext context) {
    quit();
  }

  /** Opens a path of the test's server. */
  public void open(String path) {
    driver().get(server + path);
  }

  /** Signs a demo user in afresh through the login page and waits for the home page. */
  public void signIn(String username) {
    driver().manage().deleteAllCookies();
    open("/login");
    findElement(By.id("username")).sendKeys(username);
    findElement(By.id("password")).sendKeys(TestSupport.DEMO_PASSWORD);
    findElement(By.cssSelector("button[type=submit]")).click();
    waitFor(By.cssSelector(".hero"));
  }

  /** Waits until the element is in the page. */
  public WebElement waitFor(By locator) {
    return until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /** Waits until the element is shown. */
  public WebElement waitVisible(By locator) {
    return until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Waits until the element shows the text. */
  public void waitForText(By locator, String text) {
    until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
  }

  /** Waits for a condition; a timeout leaves a screenshot of the page as it was ({test class}-failure.png). */
  public <T> T until(Function<? super WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver(), WAIT).until(condition);
    } catch (TimeoutException e) {
      screenshot(failureShot);
      throw e;
    }
  }

  /**
   * Clicks what submits a form or follows a link and waits until the next page has replaced this one — so a check
   * that follows (an alert, a list) never reads the page the click left.
   */
  public void submit(By by) {
    WebElement element = findElement(by);
    element.click();
    until(ExpectedConditions.stalenessOf(element));
  }

  /** Sets the window size ({@link BrowserSupport#DESKTOP}, {@link BrowserSupport#PHONE} or another). */
  public void resize(Dimension size) {
    driver().manage().window().setSize(size);
  }

  /** Saves a screenshot as target/screenshots/{name}.png. */
  public Path screenshot(String name) {
    return BrowserSupport.screenshot(driver(), name);
  }

  /**
   * A screenshot of the whole page up to {@code maxHeight} pixels (a printed notice or a long timeline is taller
   * than the window), then the desktop window again.
   */
  public Path screenshotWholePage(String name, int maxHeight) {
    executeScript("window.scrollTo(0, 0);");
    Object height = executeScript("return document.documentElement.scrollHeight;");
    resize(new Dimension(BrowserSupport.DESKTOP.getWidth(), Math.min(maxHeight, ((Number) height).intValue() + 40)));
    try {
      return screenshot(name);
    } finally {
      resize(BrowserSupport.DESKTOP);
    }
  }

  /** A screenshot of a page that had no script error and fits the window's width. */
  public Path checkAndShoot(String name) {
    assertThat(consoleErrors()).as("console errors on %s", name).isEmpty();
    assertThat(overflowsHorizontally()).as("%s wider than the window", name).isFalse();
    return screenshot(name);
  }

  /** Console errors since the last call (a CSP violation or a script error shows up here). */
  public List<String> consoleErrors() {
    return BrowserSupport.consoleErrors(driver());
  }

  /** Whether the page is wider than the window (content cut off or a sideways scroll on a phone). */
  public boolean overflowsHorizontally() {
    return BrowserSupport.overflowsHorizontally(driver());
  }

  /** A Chrome DevTools command (permissions, a position for geolocation). */
  public Map<String, Object> executeCdpCommand(String command, Map<String, Object> parameters) {
    return driver().executeCdpCommand(command, parameters);
  }

  @Override
  public void get(String url) {
    driver().get(url);
  }

  @Override
  public String getCurrentUrl() {
    return driver().getCurrentUrl();
  }

  @Override
  public String getTitle() {
    return driver().getTitle();
  }

  @Override
  public List<WebElement> findElements(By by) {
    return driver().findElements(by);
  }

  @Override
  public WebElement findElement(By by) {
    return driver().findElement(by);
  }

  @Override
  public String getPageSource() {
    return driver().getPageSource();
  }

  @Override
  public void close() {
    driver().close();
  }

  @Override
  public void quit() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  @Override
  public Set<String> getWindowHandles() {
    return driver().getWindowHandles();
  }

  @Override
  public String getWindowHandle() {
    return driver().getWindowHandle();
  }

  @Override
  public TargetLocator switchTo() {
    return driver().switchTo();
  }

  @Override
  public Navigation navigate() {
    return driver().navigate();
  }

  @Override
  public Options manage() {
    return driver().manage();
  }

  @Override
  public Object executeScript(String script, Object... args) {
    return driver().executeScript(script, args);
  }

  @Override
  public Object executeAsyncScript(String script, Object... args) {
    return driver().executeAsyncScript(script, args);
  }
}
