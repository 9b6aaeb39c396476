package dev.bastion.killtracker.model;

/** Who a post pings in the channel besides roles. {@code @everyone} really pings (upstream wrote "@everybody"). */
public enum PingType {
    NONE(""), HERE("@here"), EVERYONE("@everyone");

    private final String mention;

    PingType(String mention) {
        this.mention = mention;
    }

    public String mention() {
        return mention;
    }
}
