package dev.bastion.eve.model;

/** The static-data tables Bastion imports, in the order foreign keys need them. */
public enum SdeTable {
    CATEGORIES("categories.jsonl", "invCategories.csv"),
    GROUPS("groups.jsonl", "invGroups.csv"),
    TYPES("types.jsonl", "invTypes.csv"),
    REGIONS("mapRegions.jsonl", "mapRegions.csv"),
    CONSTELLATIONS("mapConstellations.jsonl", "mapConstellations.csv"),
    SOLAR_SYSTEMS("mapSolarSystems.jsonl", "mapSolarSystems.csv"),
    STARGATES("mapStargates.jsonl", "mapSolarSystemJumps.csv");

    private final String jsonlFile;
    private final String csvFile;

    SdeTable(String jsonlFile, String csvFile) {
        this.jsonlFile = jsonlFile;
        this.csvFile = csvFile;
    }

    public String jsonlFile() {
        return jsonlFile;
    }

    public String csvFile() {
        return csvFile;
    }

    public String label() {
        return name().toLowerCase().replace('_', ' ');
    }
}
