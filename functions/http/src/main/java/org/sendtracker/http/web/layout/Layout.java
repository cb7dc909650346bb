package org.sendtracker.http.web.layout;

import java.util.List;

/**
 * What every page's frame needs: the title (prefixed "Error: " when the page shows errors, as
 * GOV.UK pages are), who is signed in, the service navigation with the current page marked, and the
 * anti-forgery token every form on the page carries.
 */
public record Layout(
        String title, String signedInAs, String signInHref, List<NavLink> navigation, String csrf) {

    public record NavLink(String label, String href, boolean current) {}

    public Layout {
        navigation = List.copyOf(navigation);
    }

    public boolean signedIn() {
        return signedInAs != null;
    }
}
