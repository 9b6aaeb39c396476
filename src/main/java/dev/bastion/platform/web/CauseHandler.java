package dev.bastion.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Logger;

/**
 * A Faces exception handler for one kind of cause, however deeply Faces and EL wrapped it: each queued
 * exception caused by a {@code T} is taken off the queue and answered by {@link #answer}; the rest go on
 * to the wrapped handler.
 */
abstract class CauseHandler<T extends Throwable> extends ExceptionHandlerWrapper {

    private static final Logger LOG = Logger.getLogger(CauseHandler.class.getName());

    private final Class<T> cause;

    CauseHandler(ExceptionHandler wrapped, Class<T> cause) {
        super(wrapped);
        this.cause = cause;
    }

    /** Answers the request for this cause; the response is marked complete afterwards. */
    abstract void answer(FacesContext fc, T cause) throws IOException;

    /**
     * Drops what the page rendered so far (the response buffer holds a whole page) and sends the error
     * page for the status instead.
     */
    static void replaceWithError(FacesContext fc, int status, String message) throws IOException {
        ExternalContext ec = fc.getExternalContext();
        if (ec.isResponseCommitted()) {
            // Only a page larger than FACELETS_BUFFER_SIZE gets here; page checks run before rendering.
            LOG.warning(() -> "Error " + status + " after the response was committed: " + ec.getRequestServletPath());
        } else {
            ec.responseReset();
        }
        ec.responseSendError(status, message);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable t = events.next().getContext().getException();
            while (t != null && !cause.isInstance(t)) {
                t = t.getCause();
            }
            if (t != null) {
                events.remove();
                FacesContext fc = FacesContext.getCurrentInstance();
                try {
                    answer(fc, cause.cast(t));
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                fc.responseComplete();
            }
        }
        getWrapped().handle();
    }
}
