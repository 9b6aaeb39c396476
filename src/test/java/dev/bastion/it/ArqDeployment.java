package dev.bastion.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The archive every {@code *ArqIT} deploys into the Arquillian server: the WAR exactly as the build
 * packaged it (so the services run with their real configuration, migrations and simulator), plus the
 * test class and the in-container helpers.
 */
final class ArqDeployment {

    private ArqDeployment() {
    }

    static WebArchive of(Class<?>... testClasses) {
        File war = new File(System.getProperty("arq.war", "target/bastion.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addClasses(testClasses)
                .addClass(InContainer.class);
    }
}
