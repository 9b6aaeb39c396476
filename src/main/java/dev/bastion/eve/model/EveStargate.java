package dev.bastion.eve.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/** A directed gate link from one solar system to a neighbouring one. */
@Entity
@Table(name = "eve_stargate")
@IdClass(EveStargate.Key.class)
public class EveStargate {

    @Id
    @Column(name = "solar_system_id")
    private int solarSystemId;

    @Id
    @Column(name = "destination_solar_system_id")
    private int destinationSolarSystemId;

    @Column(name = "stargate_id")
    private Long stargateId;

    @Column(name = "destination_stargate_id")
    private Long destinationStargateId;

    protected EveStargate() {
    }

    public int getSolarSystemId() {
        return solarSystemId;
    }

    public int getDestinationSolarSystemId() {
        return destinationSolarSystemId;
    }

    public Long getStargateId() {
        return stargateId;
    }

    public Long getDestinationStargateId() {
        return destinationStargateId;
    }

    /** Composite key: the two systems the gate joins. */
    public static class Key implements Serializable {
        private int solarSystemId;
        private int destinationSolarSystemId;

        public Key() {
        }

        public Key(int solarSystemId, int destinationSolarSystemId) {
            this.solarSystemId = solarSystemId;
            this.destinationSolarSystemId = destinationSolarSystemId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.solarSystemId == solarSystemId
                    && k.destinationSolarSystemId == destinationSolarSystemId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(solarSystemId, destinationSolarSystemId);
        }
    }
}
