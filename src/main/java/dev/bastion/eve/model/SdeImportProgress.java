package dev.bastion.eve.model;

/** Told as an import moves through the tables, so a page or a console can show how far it is. */
public interface SdeImportProgress {

    void table(SdeTable table, int tableNumber, int tableCount);

    void rows(SdeTable table, long rowsSoFar);

    SdeImportProgress NONE = new SdeImportProgress() {
        @Override
        public void table(SdeTable table, int tableNumber, int tableCount) {
        }

        @Override
        public void rows(SdeTable table, long rowsSoFar) {
        }
    };
}
