package io.jenkins.plugins.azuremigration.engine.report;

/**
 * The HTML report's stylesheet, inlined so that the file is self-contained. It only refines: Jenkins serves archived
 * artifacts with {@code style-src 'self'}, which drops inline styles, and the page must still read well then, so
 * structure comes from HTML (table borders as attributes, headings, lists) and colour in charts from SVG attributes.
 * System fonts only: no web font is ever fetched.
 */
final class ReportStyle {
    static final String CSS = """
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;\
            color:#1f2328;margin:0 auto;padding:0 24px 48px;max-width:1280px;background:#fff}
            h1{font-size:26px;margin:20px 0 4px}h2{font-size:20px;margin:32px 0 8px;padding-top:8px;\
            border-top:1px solid #d8dee4}h3{font-size:16px;margin:18px 0 6px}
            .meta{color:#57606a;margin:0 0 8px}.note{color:#57606a;font-size:13px}
            .banner{background:#b00020;color:#fff;font-weight:700;font-size:18px;padding:10px 16px;\
            border-radius:6px;margin:12px 0;letter-spacing:.04em}
            .verdict{display:inline-block;font-weight:700;padding:2px 10px;border-radius:12px;color:#fff}
            .v-PASSED{background:#2e7d32}.v-FAILED{background:#c62828}.v-STOPPED{background:#8d6e63}\
            .v-NOT_RUN{background:#57606a}
            nav{margin:10px 0 0;font-size:13px}nav a{margin-right:14px}
            table{border-collapse:collapse;margin:6px 0 10px;font-size:13px}
            th,td{border:1px solid #d8dee4;padding:4px 8px;text-align:left;vertical-align:top}
            th{background:#f6f8fa;position:sticky;top:0}td.num,th.num{text-align:right;\
            font-variant-numeric:tabular-nums;white-space:nowrap}
            tr:nth-child(even) td{background:#fbfcfd}
            .cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}.card{border:1px solid #d8dee4;\
            border-radius:8px;padding:8px 14px;min-width:120px}.card b{display:block;font-size:22px}
            .st-SUCCEEDED,.st-PASSED,.st-OK,.st-ADOPTED,.st-CREATED,.st-ALREADY_PRESENT,.st-REVOKED,\
            .st-ALREADY_ABSENT,.st-PASS{color:#2e7d32;font-weight:600}
            .st-FAILED,.st-FAIL{color:#c62828;font-weight:700}.st-WARNING,.st-STOPPED,.st-WOULD_CREATE,\
            .st-WOULD_REVOKE{color:#9a6700;font-weight:600}
            .st-SKIPPED,.st-NOT_ATTEMPTED,.st-NOT_RUN{color:#57606a;font-weight:600}
            .problems li{margin:4px 0}.problems .where{font-weight:600}
            code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12px;\
            overflow-wrap:anywhere}
            td.time,td.st{white-space:nowrap}.attrs{margin:4px 0;font-size:12px}
            details summary{cursor:pointer;color:#0969da}svg{max-width:100%;height:auto}
            """;

    private ReportStyle() {
    }
}
