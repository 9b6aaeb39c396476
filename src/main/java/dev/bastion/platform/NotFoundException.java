package dev.bastion.platform;

import java.util.function.LongFunction;

/**
 * The page is about something that does not exist (a tracker, a webhook, a character ...): the web layer
 * answers 404 with the error page, before anything of the page is rendered.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

    /**
     * The thing a page's address names ({@code ?id=}): found by a service that refuses an unknown ID, or a
     * 404 when the ID is not a number or the service refuses it. {@code what} names it ("tracker").
     */
    public static <T> T unlessFound(String id, String what, LongFunction<T> find) {
        if (id == null || !id.strip().matches("\\d{1,18}")) {
            throw new NotFoundException("There is no " + what + " \"" + id + "\": a " + what + "'s ID is a number.");
        }
        try {
            return find.apply(Long.parseLong(id.strip()));
        } catch (Refusal e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
