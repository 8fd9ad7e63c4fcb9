package io.github.jdpay.sample;

/** The shop in a desktop window, paid at JD's desktop (PC) cashier. */
class ShopPageBrowserTest extends ShopBrowserTestBase {

    @Override
    Chromium.Screen screen() {
        return Chromium.Screen.DESKTOP;
    }

    @Override
    String cashierChannel() {
        return "PC";
    }
}
