package org.sendtracker.http.web.layout;

import java.util.List;

/**
 * What every page's frame needs: the title (prefixed "Error: " when the page shows errors, as GOV.UK
 * pages are), who is signed in, and the service navigation with the current page marked.
 */
public record Layout(String title, String signedInAs, String signInHref, List<NavLink> navigation) {

    public record NavLink(String label, String href, boolean current) {}

    public Layout {
        navigation = List.copyOf(navigation);
    }

    public boolean signedIn() {
        return signedInAs != null;
    }
}
