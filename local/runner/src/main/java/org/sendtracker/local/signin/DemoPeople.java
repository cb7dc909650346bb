package org.sendtracker.local.signin;

import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.sendtracker.access.application.AccessService;
import org.sendtracker.access.model.Access;
import org.sendtracker.local.idp.DemoUser;
import org.sendtracker.shared.Actor;

/**
 * Grants the local provider's demo users their access, through the same service an administrator's
 * page uses, the first time a store sees them; after that their access is whatever an administrator
 * made it.
 */
@Singleton
public final class DemoPeople {

    private final AccessService access;

    DemoPeople(AccessService access) {
        this.access = access;
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
            if (!user.areas().isEmpty()) {
                grant.put("areas", user.areas());
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
