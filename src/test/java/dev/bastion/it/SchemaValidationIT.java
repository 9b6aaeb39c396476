package dev.bastion.it;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every JPA entity against the schema Flyway migrated on the test server: the persistence unit is
 * opened outside the container on the same database and each entity is read with all its columns.
 */
class SchemaValidationIT {

    @Test
    void everyEntityMapsOntoTheMigratedSchema() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("bastion", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.postgresql.Driver",
                "jakarta.persistence.jdbc.url", System.getProperty("bastion.it.jdbc-url"),
                "jakarta.persistence.jdbc.user", System.getProperty("bastion.it.db-user"),
                "jakarta.persistence.jdbc.password", System.getProperty("bastion.it.db-password")));
        try {
            EntityManager em = emf.createEntityManager();
            assertFalse(emf.getMetamodel().getEntities().isEmpty());
            for (EntityType<?> entity : emf.getMetamodel().getEntities()) {
                // Selecting the entity reads every mapped column: a missing or renamed one fails here.
                em.createQuery("SELECT e FROM " + entity.getName() + " e", entity.getJavaType()).setMaxResults(3)
                        .getResultList();
            }
            assertEquals(21, emf.getMetamodel().getEntities().size());
            em.close();
        } finally {
            emf.close();
        }
    }
}
