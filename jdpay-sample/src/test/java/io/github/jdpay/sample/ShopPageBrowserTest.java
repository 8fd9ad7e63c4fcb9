package io.github.jdpay.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The shop page in headless Chromium: a payer orders, pays at the simulator's cashier and comes back to a paid order. */
class ShopPageBrowserTest extends ShopTestSupport {

    @TempDir
    static Path profile;

    private static WebDriver browser;

    private static WebDriverWait wait;

    // Started by the first test rather than in @BeforeAll, so that without Chromium each test is reported skipped.
    @BeforeEach
    void startBrowser() {
        if (browser == null) {
            browser = Chromium.start(profile);
            wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        }
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    @Test
    void aPayerPaysAtTheCashierAndReturnsToAPaidOrder() {
        placeOrder("龙井茶 Longjing tea", "12.80", "PC");

        WebElement pay = wait.until(ExpectedConditions.elementToBeClickable(By.id("pay")));
        assertThat(browser.getCurrentUrl()).contains("/wepay/jdpay/payCashier");
        Chromium.screenshot(browser, "cashier");
        pay.click();

        wait.until(ExpectedConditions.urlToBe(BASE_URL + "/orders/callback"));
        assertThat(browser.findElement(By.id("callback")).getText()).contains("signed by JD");
        wait.until(ExpectedConditions.textToBe(By.id("status"), "PAID"));
        Chromium.screenshot(browser, "paid");
    }

    @Test
    void aQrOrderShowsItsCodeAndTheListFollowsTheNotification() {
        placeOrder("普洱 Pu'er", "45.00", "QR");

        WebElement qr = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("qr")));
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", qr));
        String tradeNum =
                browser.findElement(By.cssSelector("#payment .summary b")).getText();
        WebElement status = wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#order-" + tradeNum + " .status")));
        assertThat(status.getText()).isEqualTo("CREATED");

        new Payer().payScanned(browser.findElement(By.id("qr-link")).getDomProperty("href"));

        wait.until(ExpectedConditions.textToBe(By.cssSelector("#order-" + tradeNum + " .status"), "PAID"));
        Chromium.screenshot(browser, "shop");
    }

    @Test
    void anAppOrderIsPaidWithTheDemoButtonAndRefundedFromTheList() {
        placeOrder("铁观音 Tieguanyin", "30.00", "APP");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("app-params"), "signData"));
        String tradeNum =
                browser.findElement(By.cssSelector("#payment .summary b")).getText();
        Chromium.screenshot(browser, "app");
        browser.findElement(By.id("demo-pay")).click();
        By row = By.id("order-" + tradeNum);
        wait.until(ExpectedConditions.textToBe(By.cssSelector("#order-" + tradeNum + " .status"), "PAID"));

        WebElement amount = browser.findElement(row).findElement(By.className("refund-amount"));
        amount.clear();
        amount.sendKeys("10.00");
        browser.findElement(row).findElement(By.className("refund")).click();

        wait.until(
                ExpectedConditions.textToBe(By.cssSelector("#order-" + tradeNum + " .status"), "PARTIALLY_REFUNDED"));
    }

    private static void placeOrder(String title, String yuan, String channel) {
        browser.get(BASE_URL + "/");
        WebElement titleField = browser.findElement(By.id("title"));
        titleField.clear();
        titleField.sendKeys(title);
        WebElement amount = browser.findElement(By.id("amount"));
        amount.clear();
        amount.sendKeys(yuan);
        // The radio buttons are drawn as cards: the payer clicks the card.
        browser.findElement(By.cssSelector("input[value=" + channel + "] + span"))
                .click();
        browser.findElement(By.id("create")).click();
    }
}
