package dev.bastion.platform;

/** How far a long piece of work has come, for whoever watches it (a page's progress bar, a log). */
public interface Progress {

    /** Nobody watches. */
    Progress NONE = new Progress() {
        @Override
        public void total(int steps) {
        }

        @Override
        public void done(int steps) {
        }
    };

    /** How many steps the work has, once it knows. */
    void total(int steps);

    /** How many of them are done. */
    void done(int steps);
}
