package io.github.jdpay.sample;

/** The shop on a 390 × 844 phone, paid at JD's mobile (H5) cashier. */
class ShopPagePhoneBrowserTest extends ShopBrowserTestBase {

    @Override
    Chromium.Screen screen() {
        return Chromium.Screen.PHONE;
    }

    @Override
    String cashierChannel() {
        return "H5";
    }
}
