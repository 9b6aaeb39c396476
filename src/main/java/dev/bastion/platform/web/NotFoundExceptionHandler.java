package dev.bastion.platform.web;

import dev.bastion.platform.NotFoundException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Turns a {@link NotFoundException} thrown anywhere under a Faces request (a page bean that finds no such
 * tracker, webhook ...) into a 404 with the error page, discarding whatever the page had rendered.
 */
public class NotFoundExceptionHandler extends CauseHandler<NotFoundException> {

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new NotFoundExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public NotFoundExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped, NotFoundException.class);
    }

    /** The request attribute the 404 page reads our own reason from (a container's 404 has none). */
    public static final String REASON = "bastion.notFound";

    @Override
    void answer(FacesContext fc, NotFoundException missing) throws IOException {
        fc.getExternalContext().getRequestMap().put(REASON, missing.getMessage());
        replaceWithError(fc, HttpServletResponse.SC_NOT_FOUND, missing.getMessage());
    }
}
