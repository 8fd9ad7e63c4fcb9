package io.github.jdpay.benchmarks.endpoint;

/** The loads a round runs, each against one path. */
enum Load {

    /** The bare endpoint, replaying the same bodies: what Tomcat and Spring MVC cost alone. */
    BARE("bare endpoint (`POST /bare`, reads the body, answers `success`)", EndpointApplication.BARE_PATH),

    /** The bare endpoint plus RSA, 3DES and SHA-256 as bare calls: the ceiling for any notification endpoint. */
    FLOOR(
            "bare endpoint + the unavoidable crypto (`POST /floor`: RSA-1024 public-key op, 3DES, SHA-256 as bare"
                    + " calls)",
            EndpointApplication.FLOOR_PATH),

    /** New trades: every request verified, claimed, handled and completed. */
    NEW("`POST /jdpay/notify`, a new trade each time", EndpointApplication.NOTIFY_PATH),

    /** The same few hundred notifications again and again: verified, then found handled before. */
    DUPLICATE("`POST /jdpay/notify`, duplicates only (handled before)", EndpointApplication.NOTIFY_PATH),

    /**
     * Traffic as a notify endpoint on the internet sees it: in every 20 requests 12 new trades, 5 duplicates and 3
     * hostile bodies ({@link NotificationBodies#GARBAGE}), which must be refused with a 4xx.
     */
    MIX(
            "`POST /jdpay/notify`, mixed: 60 % new trades, 25 % duplicates, 15 % garbage (answered 4xx)",
            EndpointApplication.NOTIFY_PATH);

    /** Whether the load goes to the notification endpoint. */
    boolean notifies() {
        return this == NEW || this == DUPLICATE || this == MIX;
    }

    final String label;

    final String path;

    Load(String label, String path) {
        this.label = label;
        this.path = path;
    }
}
