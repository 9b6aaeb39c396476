package dev.bastion.identity.infra;

/** EVE SSO failed or refused; {@link #grantRevoked()} tells a permanent loss of the grant from an outage. */
public class SsoException extends RuntimeException {

    private final boolean grantRevoked;

    public SsoException(String message, boolean grantRevoked) {
        super(message);
        this.grantRevoked = grantRevoked;
    }

    public SsoException(String message, Throwable cause) {
        super(message, cause);
        this.grantRevoked = false;
    }

    /** CCP answered invalid_grant or invalid_token: the refresh token will never work again. */
    public boolean grantRevoked() {
        return grantRevoked;
    }
}
