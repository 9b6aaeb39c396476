package dev.bastion.platform.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.io.IOException;
import java.util.Iterator;

/**
 * A Faces exception handler for one kind of cause, however deeply Faces and EL wrapped it: each queued
 * exception caused by a {@code T} is taken off the queue and answered by {@link #answer}; the rest go on
 * to the wrapped handler.
 */
abstract class CauseHandler<T extends Throwable> extends ExceptionHandlerWrapper {

    private final Class<T> cause;

    CauseHandler(ExceptionHandler wrapped, Class<T> cause) {
        super(wrapped);
        this.cause = cause;
    }

    /** Answers the request for this cause; the response is marked complete afterwards. */
    abstract void answer(FacesContext fc, T cause) throws IOException;

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
