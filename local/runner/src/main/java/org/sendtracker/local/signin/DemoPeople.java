package org.sendtracker.local.signin;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Access;
import org.sendtracker.area.application.Areas;
import org.sendtracker.area.model.AreaId;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.shared.Actor;

/**
 * Grants the local provider's demo users their access, through the same service an administrator's
 * page uses, the first time a store sees them; after that their access is whatever an administrator
 * made it. Runs after the demo data is loaded: access is granted only to areas on record, so a demo
 * user's area that is not (a store started without the demo) is left out of their grant.
 */
@Singleton
public final class DemoPeople {

    private final AccessService access;
    private final Areas areas;

    DemoPeople(AccessService access, Areas areas) {
        this.access = access;
        this.areas = areas;
    }

    public void grantIfMissing() {
        for (DemoUser user : DemoUser.ALL) {
            if (access.find(user.subject()).isPresent()) {
                continue;
            }
            Map<String, Object> grant = new LinkedHashMap<>();
            grant.put("name", user.name());
            grant.put("email", user.email());
            grant.put("role", user.role());
            Map<String, String> onRecord = new LinkedHashMap<>();
            user.areas()
                    .forEach(
                            (area, role) -> {
                                if (areas.find(new AreaId(area)).isPresent()) {
                                    onRecord.put(area, role);
                                }
                            });
            if (!onRecord.isEmpty()) {
                grant.put("areas", onRecord);
            }
            access.grant(
                            user.subject(),
                            grant,
                            Optional.empty(),
                            Actor.SYSTEM,
                            Access.ADMINISTRATOR)
                    .orElseThrow();
        }
    }
}
