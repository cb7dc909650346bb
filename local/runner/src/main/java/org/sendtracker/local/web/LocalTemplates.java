package org.sendtracker.local.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The local runner's own pages, compiled at build time like the function's (package {@value
 * #PACKAGE}, so they never clash with the function's templates) and framed by the same layout.
 */
@Singleton
final class LocalTemplates {

    static final String PACKAGE = "org.sendtracker.local.web.templates";

    private final TemplateEngine engine =
            TemplateEngine.createPrecompiled(
                    null, ContentType.Html, LocalTemplates.class.getClassLoader(), PACKAGE);

    String render(String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template + ".jte", Map.of("page", page), out);
        return out.toString();
    }
}
