package dev.bastion.platform.web;

import dev.bastion.platform.ForbiddenException;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Turns a {@link ForbiddenException} thrown anywhere under a Faces request (however deeply Faces and EL
 * wrapped it) into a plain 403 with its message, so a refused action never looks like a server error. A refusal
 * thrown while rendering discards the partly rendered page (the response buffer holds a whole page).
 */
public class ForbiddenExceptionHandler extends CauseHandler<ForbiddenException> {

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ForbiddenExceptionHandler(getWrapped().getExceptionHandler());
        }
    }

    public ForbiddenExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped, ForbiddenException.class);
    }

    @Override
    void answer(FacesContext fc, ForbiddenException refused) throws IOException {
        replaceWithError(fc, HttpServletResponse.SC_FORBIDDEN, refused.getMessage());
    }
}
