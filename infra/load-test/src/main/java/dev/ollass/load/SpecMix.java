package dev.ollass.load;

import java.util.List;

/** Spec §11: the 12 GETs the original's Locust user issued, one after the other, with its Bearer token. */
final class SpecMix {

    private SpecMix() {}

    /** In the order of spec §11; the defaults (category=every, type=composition, interval=1month) left implicit. */
    static final List<String> ENDPOINTS = List.of(
            "/api/asset/v1/asset-field",
            "/api/asset/v1/assetstock",
            "/api/chart/v1/asset-save-trend",
            "/api/chart/v1/estimate-dividend",
            "/api/chart/v1/composition",
            "/api/chart/v1/performance-analysis",
            "/api/chart/v1/my-stock",
            "/api/chart/v1/indice",
            "/api/chart/v1/rich-portfolio",
            "/api/chart/v1/rich-pick",
            "/api/chart/v1/people-portfolio",
            "/api/chart/v1/tip");

    static final String HEALTH = "/health";

    /** The request name Gatling records a path under, and the report shows. */
    static String requestName(String path) {
        return "GET " + path;
    }
}
