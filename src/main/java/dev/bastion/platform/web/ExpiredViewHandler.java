package dev.bastion.platform.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * A form posted from a view the server no longer holds (the session ended, or the page stayed open past
 * its lifetime) is not a server error: the browser is sent to a page that says so and offers to reload
 * the page it came from, instead of the 500 page. Works for ajax posts too (a partial-response redirect).
 */
public class ExpiredViewHandler extends CauseHandler<ViewExpiredException> {

    public static final String PAGE = "/error/expired.xhtml";

    /** Registered in faces-config.xml. */
    public static class Factory extends ExceptionHandlerFactory {
        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ExpiredViewHandler(getWrapped().getExceptionHandler());
        }
    }

    public ExpiredViewHandler(ExceptionHandler wrapped) {
        super(wrapped, ViewExpiredException.class);
    }

    @Override
    void answer(FacesContext fc, ViewExpiredException expired) throws IOException {
        ExternalContext ec = fc.getExternalContext();
        String from = expired.getViewId();
        ec.redirect(ec.getRequestContextPath() + PAGE
                + (from == null ? "" : "?page=" + URLEncoder.encode(from, StandardCharsets.UTF_8)));
    }
}
