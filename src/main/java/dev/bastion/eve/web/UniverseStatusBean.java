package dev.bastion.eve.web;

import dev.bastion.eve.app.Universe;

import dev.bastion.eve.model.SdeImportStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** What the pages show of the static universe: its size, and a running import's progress. */
@Named("universeStatus")
@RequestScoped
public class UniverseStatusBean {

    @Inject
    Universe universe;

    public SdeImportStatus getStatus() {
        return universe.importStatus();
    }

    public boolean isImportRunning() {
        return universe.importStatus().running();
    }

    public int getSystemCount() {
        return universe.map().systemCount();
    }

    public int getGateLinkCount() {
        return universe.map().gateLinkCount();
    }
}
