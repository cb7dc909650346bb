package org.sendtracker.http.web.layout;

import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;

/**
 * A GET of an address that only takes a form's POST: where a refused form leaves the browser, so
 * reloading it (or following it from the history) shows the page with the form again (303), not
 * "This page cannot be used that way". Nothing is read or written: the page itself checks who may
 * see it.
 */
@Controller
@Produces(MediaType.TEXT_HTML)
final class FormAddressesController {

    /** Recording an inspection ({@code POST /inspections}): its form. */
    @Get("/inspections")
    MutableHttpResponse<?> newInspection() {
        return Pages.seeOther("/inspections/new");
    }

    /** Recording what happened ({@code POST /inspections/{id}/events}): the inspection's page. */
    @Get("/inspections/{id}/events")
    MutableHttpResponse<?> inspection(@PathVariable String id) {
        return Pages.seeOther(SafeReturnPath.of("/inspections/" + id));
    }

    /** Marking an email dealt with ({@code POST /emails/dealt-with}): the dashboard. */
    @Get("/emails/dealt-with")
    MutableHttpResponse<?> dashboard() {
        return Pages.seeOther("/");
    }

    /** A new calendar address ({@code POST /account/calendar}): the account page. */
    @Get("/account/calendar")
    MutableHttpResponse<?> account() {
        return Pages.seeOther("/account");
    }
}
