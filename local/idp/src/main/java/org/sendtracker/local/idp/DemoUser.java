package org.sendtracker.local.idp;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The people the local provider lets you sign in as (README, "Sign-in"). Their access is not the
 * provider's business: the local runner grants it in the tracker's own table, as an administrator
 * would.
 *
 * @param id what scripts ask a token for ({@code {"user":"admin"}})
 * @param subject the stable subject id ({@code sub}) tokens carry
 * @param role {@code ADMINISTRATOR}, {@code NATIONAL_VIEWER} or {@code AREAS}
 * @param areas for {@code AREAS}: area id to {@code EDITOR} or {@code VIEWER}
 */
public record DemoUser(
        String id,
        String subject,
        String name,
        String email,
        String description,
        String role,
        Map<String, String> areas) {

    public static final List<DemoUser> ALL =
            List.of(
                    new DemoUser(
                            "admin",
                            "demo-admin",
                            "Alex Admin",
                            "alex.admin@sendtracker.example",
                            "Administrator: every area, grants access",
                            "ADMINISTRATOR",
                            Map.of()),
                    new DemoUser(
                            "cumbria-editor",
                            "demo-cumbria-editor",
                            "Cara Editor",
                            "cara.editor@cumbria.example",
                            "Editor of Cumbria: records its events and changes its contacts",
                            "AREAS",
                            Map.of("cumbria", "EDITOR")),
                    new DemoUser(
                            "lancashire-viewer",
                            "demo-lancashire-viewer",
                            "Lee Viewer",
                            "lee.viewer@lancashire.example",
                            "Viewer of Lancashire: reads its records",
                            "AREAS",
                            Map.of("lancashire", "VIEWER")),
                    new DemoUser(
                            "national-viewer",
                            "demo-national-viewer",
                            "Nita National",
                            "nita.national@dfe.example",
                            "National viewer (DfE / NHS England): reads every area, changes nothing",
                            "NATIONAL_VIEWER",
                            Map.of()));

    public static Optional<DemoUser> byId(String id) {
        return ALL.stream().filter(u -> u.id().equals(id)).findFirst();
    }
}
