package dev.bastion.platform.web;

import dev.bastion.platform.BastionVersion;
import dev.bastion.platform.Endpoints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What every page's template needs to know about the site itself. */
@Named("site")
@ApplicationScoped
public class SiteBean {

    @Inject
    Endpoints endpoints;

    public boolean isDemo() {
        return endpoints.simulatorEnabled();
    }

    public String getVersion() {
        return BastionVersion.get();
    }
}
