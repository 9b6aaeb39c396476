package dev.bastion.killtracker.model;

/**
 * Names for what a killmail refers to by ID. Implementations answer from caches; an unknown name is
 * null and the message shows the ID's link without a name rather than failing.
 */
public interface KillNames {

    /** Character, corporation, alliance or faction. */
    String entity(long id);

    String type(int typeId);

    String group(int groupId);

    String region(int regionId);
}
